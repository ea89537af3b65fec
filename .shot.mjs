import { chromium, devices } from '@playwright/test';
const [url, out, mode = 'desktop', scheme = 'light', action = ''] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const ctx = await browser.newContext({ javaScriptEnabled: !action.includes('nojs'), ...(mode === 'phone' ? devices['Pixel 7'] : { viewport: { width: 1280, height: 900 } }), colorScheme: scheme });
const page = await ctx.newPage();
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto('http://127.0.0.1:3400' + url);
if (action.includes('nojs')) {
  for (const summary of await page.locator('.practice summary').all()) await summary.click();
}
if (action.includes('answer')) {
  const section = page.getByRole('region', { name: 'Check yourself' });
  const first = section.locator('fieldset').first();
  await first.getByRole('button').first().click();
  await page.waitForTimeout(500);
  const details = section.locator('details').first();
  await details.locator('summary').click();
  await section.getByRole('button', { name: 'Not yet' }).first().click();
  await page.waitForTimeout(500);
}
if (action.includes('review')) {
  await page.evaluate(() => {
    const key = 'quicktakes.practice.v1';
    const data = JSON.parse(localStorage.getItem(key));
    const first = Object.keys(data)[0];
    data[first].due = Date.now() - 1000;
    localStorage.setItem(key, JSON.stringify(data));
  });
  await page.goto('http://127.0.0.1:3400/review');
  await page.waitForTimeout(1000);
}
const target = action.includes('section') ? page.getByRole('region', { name: 'Check yourself' }) : page;
if (action.includes('section')) await target.screenshot({ path: out }); else await page.screenshot({ path: out, fullPage: true });
await browser.close();
