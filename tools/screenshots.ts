// tsx tools/screenshots.ts [BASE_URL] [OUT_DIR]: every page in light (desktop) and dark (mobile) as PNGs.
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, playwrightExecutablePath } from './chromium';

const { positionals } = parseArgs({ allowPositionals: true });
const [base = 'http://127.0.0.1:3210', out = '/tmp/shots'] = positionals;
const pages: Record<string, string> = {
  home: '/',
  learn: '/learn',
  subject: '/learn/business-and-management',
  seed: '/learn/business-and-management/questions/how-does-operations-management-contribute-to-organizational-efficiency',
  table: '/learn/economics/questions/what-is-price-elasticity-of-demand-and-how-is-it-calculated',
  missing: '/learn/nope/questions/nothing',
  search: '/search?q=management',
  searchPhysics: '/search?q=energy&subject=Physics',
  searchEmpty: '/search?q=zzqxjv',
  searchElsewhere: '/search?q=photosynthesis&subject=Physics',
  suggestions: '/learn/biology/questions/how-does-osmosis-work-in-cells',
};

const browser = await chromium.launch({ executablePath: playwrightExecutablePath(), args: CHROMIUM_ARGS });
for (const [scheme, viewport] of [
  ['light', { width: 1280, height: 900 }],
  ['dark', { width: 390, height: 844 }],
] as const) {
  const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
  const page = await context.newPage();
  for (const [name, path] of Object.entries(pages)) {
    await page.goto(base + path);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: `${out}/${name}-${scheme}.png`, fullPage: true });
  }
  await context.close();
}
await browser.close();
