import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const ALL = ['{lib,pipeline,components,scripts,tools}/**/*.test.ts'];
// Tests that build a corpus, run the pipeline end to end, spawn the scripts or open a database: seconds each.
const INTEGRATION = [
  'pipeline/prebuild.test.ts',
  'pipeline/content/cache.test.ts',
  'pipeline/content/files-race.test.ts',
  'scripts/**/*.test.ts',
  'lib/store/*.test.ts',
  'lib/data/*.test.ts',
  'lib/db/*.test.ts',
  'lib/feedback/handler.test.ts',
];

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    environment: 'node',
    projects: [
      { extends: true, test: { name: 'unit', include: ALL, exclude: INTEGRATION } },
      { extends: true, test: { name: 'integration', include: INTEGRATION } },
    ],
  },
});
