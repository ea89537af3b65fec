import { defineConfig } from '@playwright/test';
import { toolEnv } from './lib/config';
import { CHROMIUM_ARGS, playwrightExecutablePath } from '@/tools/chromium';

/**
 * The specs that build their own copy of the site and start it (a standalone build of a fixture corpus):
 * the cold-start test needs no browser; the hostile corpus's pages are opened in one.
 */
export default defineConfig({
  testDir: './e2e/standalone',
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 600_000,
  use: {
    baseURL: `http://127.0.0.1:${toolEnv().STANDALONE_PORT ?? 3260}`,
    launchOptions: { executablePath: playwrightExecutablePath(), args: CHROMIUM_ARGS },
  },
});
