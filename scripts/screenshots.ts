import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:3210';
const out = process.argv[3] ?? '/tmp/shots';
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

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [scheme, viewport] of [['light', { width: 1280, height: 900 }], ['dark', { width: 390, height: 844 }]] as const) {
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
