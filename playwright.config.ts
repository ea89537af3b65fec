import { defineConfig, devices } from '@playwright/test';
import { toolEnv } from './lib/config';
import { CHROMIUM_ARGS, playwrightExecutablePath } from '@/tools/chromium';

const { E2E_PORT: PORT = 3210, CI } = toolEnv();

const launchOptions = { executablePath: playwrightExecutablePath(), args: CHROMIUM_ARGS };

export default defineConfig({
  testDir: './e2e',
  // The cold-start test runs alone, against its own standalone build (playwright.standalone.config.ts).
  testIgnore: ['standalone/**'],
  fullyParallel: true,
  forbidOnly: !!CI,
  retries: CI ? 1 : 0,
  workers: 2,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions,
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions } },
    { name: 'mobile', use: { ...devices['Pixel 7'], launchOptions } },
  ],
  webServer: {
    command: `npx next start -p ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !CI,
    timeout: 120_000,
  },
});
