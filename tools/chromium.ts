// The one place a Chromium is chosen, for Playwright, Lighthouse, the benchmark and the screenshots.
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { toolEnv } from '@/lib/config';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
export const INSTALL_CHROMIUM = 'npx playwright install chromium  (or: apt-get install chromium)';

/** Flags for a headless run on a machine with a closed network (no sandbox as root, no background calls home). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function playwrightOwn(): string | undefined {
  try {
    const own = chromium.executablePath();
    return fs.existsSync(own) ? own : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The browser to launch: CHROME_PATH or PLAYWRIGHT_CHROMIUM_PATH when set (undefined if that file is absent), else
 * Playwright's own download, else Debian's /usr/bin/chromium (this machine cannot download browsers); undefined when
 * there is none.
 */
export function findChromium(): string | undefined {
  const { CHROME_PATH, PLAYWRIGHT_CHROMIUM_PATH } = toolEnv();
  const chosen = CHROME_PATH ?? PLAYWRIGHT_CHROMIUM_PATH;
  if (chosen) return fs.existsSync(chosen) ? chosen : undefined;
  return playwrightOwn() ?? (fs.existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);
}

/** For Playwright's launch options: undefined lets Playwright use its own browser. */
export function playwrightExecutablePath(): string | undefined {
  const found = findChromium();
  return found === playwrightOwn() ? undefined : (found ?? DEBIAN_CHROMIUM);
}
