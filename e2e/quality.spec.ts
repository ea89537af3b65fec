import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, SEED_URL, test } from './fixtures';

const PAGES: Record<string, string> = {
  home: '/',
  learn: '/learn',
  subject: '/learn/business-and-management',
  subjectPage2: '/learn/business-and-management/page/2',
  article: SEED_URL,
  table: '/learn/economics/questions/what-is-price-elasticity-of-demand-and-how-is-it-calculated',
  // MathML, an updated date, sources and "Questions that link here"; highlighted code.
  math: '/learn/physics/questions/what-are-newtons-three-laws-of-motion',
  sources: '/learn/environmental-science/questions/what-are-the-main-causes-of-biodiversity-loss',
  code: '/learn/computer-science/questions/what-is-recursion-and-how-does-it-work-in-programming',
  search: '/search?q=energy',
  review: '/review',
  notFound: '/learn/biology/questions/how-does-osmosis-work-in-cells',
};

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations in ${scheme} mode`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    for (const [name, url] of Object.entries(PAGES)) {
      await page.goto(url);
      if (name === 'search') await expect(page.getByRole('list', { name: 'Search results' })).toBeVisible();
      if (name === 'notFound') await expect(page.getByRole('region', { name: /looking for/ })).toBeVisible();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      const violations = results.violations.map(
        (v) => `${name}: ${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`,
      );
      expect(violations, `${name} ${scheme}`).toEqual([]);
      await page.screenshot({ path: testInfo.outputPath(`${name}-${scheme}.png`), fullPage: true });
    }
  });
}

test('no page scrolls sideways', async ({ page }) => {
  for (const url of Object.values(PAGES)) {
    await page.goto(url);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, url).toBeLessThanOrEqual(0);
  }
});

test('the Nu Html Checker reports no errors', async ({ request, isMobile }) => {
  test.skip(isMobile, 'the markup does not depend on the viewport');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vnu-'));
  const files = [];
  for (const [name, url] of Object.entries(PAGES)) {
    const file = path.join(dir, `${name}.html`);
    fs.writeFileSync(file, await (await request.get(url)).text());
    files.push(file);
  }
  const jar = path.join(process.cwd(), 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
  let output = '';
  try {
    execFileSync('java', ['-jar', jar, '--format', 'json', '--errors-only', ...files], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (error) {
    output = (error as { stderr?: string }).stderr ?? String(error);
  }
  const messages = output
    ? (JSON.parse(output) as { messages: { url: string; message: string; lastLine?: number }[] }).messages
    : [];
  expect(messages.map((m) => `${path.basename(m.url)}:${m.lastLine}: ${m.message}`)).toEqual([]);
});
