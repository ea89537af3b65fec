import { defineConfig } from '@playwright/test';
import { toolEnv } from './lib/config';

/** The cold-start test builds and starts its own standalone server; it needs no browser. */
export default defineConfig({
  testDir: './e2e/standalone',
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 600_000,
  use: { baseURL: `http://127.0.0.1:${toolEnv().STANDALONE_PORT ?? 3260}` },
});
