import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests never write the project's .next/cache: the build's caches go to a folder of this run, removed after it.
const CACHE = path.join(os.tmpdir(), `qt-vitest-cache-${process.pid}`);

const ALL = ['{lib,pipeline,components,scripts,tools}/**/*.test.ts'];
// Tests that build a corpus, run the pipeline end to end, spawn the scripts or open a database: seconds each.
const INTEGRATION = [
  'pipeline/prebuild.test.ts',
  'pipeline/search-index/threads.test.ts',
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
    env: { CONTENT_CACHE_DIR: CACHE },
    globalSetup: ['./tools/vitest-cache.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ALL, exclude: INTEGRATION } },
      // They spawn processes and build corpora: on a loaded 2-core machine one takes several seconds.
      { extends: true, test: { name: 'integration', include: INTEGRATION, testTimeout: 60_000 } },
    ],
  },
});
