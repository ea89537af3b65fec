import type { Page } from '@playwright/test';
import { expect, SEED_URL, test } from './fixtures';

// Display and inline maths and an updated date (a four-item byline); the seed has all three lists under the answer.
const MATH_URL = '/learn/physics/questions/what-are-newtons-three-laws-of-motion';

/** The byline's visible words and separators, line by line (a "·" clipped at a line's start is not visible). */
function bylineLines(page: Page) {
  return page
    .locator('article header p')
    .filter({ hasText: 'min read' })
    .evaluate((p) => {
      const box = p.getBoundingClientRect();
      const tokens: { top: number; left: number; dot: boolean }[] = [];
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          for (const rect of range.getClientRects())
            if (rect.width > 0 && rect.left >= box.left - 0.5 && rect.right <= box.right + 0.5)
              tokens.push({ top: Math.round(rect.top), left: rect.left, dot: match[0] === '·' });
        }
      }
      const lines = new Map<number, typeof tokens>();
      for (const token of tokens) lines.set(token.top, [...(lines.get(token.top) ?? []), token]);
      return [...lines.values()].map((line) => line.sort((a, b) => a.left - b.left).map((t) => (t.dot ? '·' : 'w')));
    });
}

test('no byline line starts or ends with a separator, at any width', async ({ page }) => {
  await page.goto(MATH_URL);
  let wrapped = 0;
  for (let width = 240; width <= 720; width += 8) {
    await page.setViewportSize({ width, height: 800 });
    const lines = await bylineLines(page);
    if (lines.length > 1) wrapped++;
    for (const line of lines) {
      expect(line[0], `${width}px: ${lines.map((l) => l.join('')).join(' / ')}`).toBe('w');
      expect(line.at(-1), `${width}px: ${lines.map((l) => l.join('')).join(' / ')}`).toBe('w');
    }
    // On one line, all three separators stand between the four items.
    if (lines.length === 1) expect(lines[0]?.filter((t) => t === '·').length, `${width}px`).toBe(3);
  }
  expect(wrapped).toBeGreaterThan(10);
});

test('the related questions, backlinks and "More in" lists share the answer column', async ({ article }) => {
  await article.goto(SEED_URL);
  const answer = await article.answer.boundingBox();
  for (const [name, region] of Object.entries({
    related: article.related,
    backlinks: article.backlinks,
    more: article.moreIn(),
  })) {
    const list = await region.getByRole('list').first().boundingBox();
    expect(Math.abs((list?.x ?? 0) - (answer?.x ?? 0)), name).toBeLessThan(1);
    expect(Math.abs((list?.width ?? 0) - (answer?.width ?? 0)), name).toBeLessThan(1);
  }
});

for (const scheme of ['light', 'dark'] as const)
  test(`the backlinks and "More in" lists look like links (${scheme})`, async ({ page, isMobile }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(SEED_URL);
    const style = (locator: ReturnType<Page['locator']>) =>
      locator.evaluate((el) => ({ color: getComputedStyle(el).color, line: getComputedStyle(el).textDecorationLine }));
    const brand = await style(page.getByRole('link', { name: /^All Business and Management questions/ }));
    const text = await style(page.locator('article .prose p').first());
    expect(brand.color).not.toBe(text.color);
    for (const name of ['Questions that link here', /^More in /]) {
      const link = page.getByRole('region', { name }).getByRole('listitem').first().getByRole('link');
      expect(await style(link)).toEqual({ color: brand.color, line: 'none' });
      if (!isMobile) {
        await link.hover();
        expect((await style(link)).line).toBe('underline');
        await page.mouse.move(0, 0);
      }
      await link.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      await expect(link).toBeFocused();
      expect((await style(link)).line).toBe('underline');
    }
  });

test('maths is at least the size of the text, and display maths is centred', async ({ page }) => {
  await page.goto(MATH_URL);
  const sizes = await page.locator('article .prose').evaluate((prose) => {
    const canvas = document.createElement('canvas').getContext('2d')!;
    const text = getComputedStyle(prose.querySelector('p')!);
    canvas.font = `${text.fontSize} ${text.fontFamily}`;
    // MathML lays a token out by its ink box: each base-size letter or digit against the same character in the text.
    const ratio = (math: Element | null) => {
      const size = math ? getComputedStyle(math).fontSize : '';
      const ratios = [...(math?.querySelectorAll('mi, mn') ?? [])]
        .filter((token) => /^[a-zA-Z0-9]$/.test(token.textContent ?? '') && getComputedStyle(token).fontSize === size)
        .map((token) => {
          const ink = canvas.measureText(token.textContent ?? '');
          return token.getBoundingClientRect().height / (ink.actualBoundingBoxAscent + ink.actualBoundingBoxDescent);
        })
        .sort((a, b) => a - b);
      return ratios[Math.floor(ratios.length / 2)] ?? 0;
    };
    const display = prose.querySelector('math[display="block"]')!;
    const box = display.parentElement!.getBoundingClientRect();
    const tokens = [...display.querySelectorAll('mi, mo, mn, mtext')].map((token) => token.getBoundingClientRect());
    const ink = { left: Math.min(...tokens.map((r) => r.left)), right: Math.max(...tokens.map((r) => r.right)) };
    return {
      inline: ratio(prose.querySelector('p math')),
      display: ratio(display),
      offCentre: Math.abs(ink.left - box.left - (box.right - ink.right)),
    };
  });
  expect(sizes.inline).toBeGreaterThan(0.92);
  // Before: 0.89 inline and 1.0 display (the same size as the text), the display formula flush left.
  expect(sizes.display).toBeGreaterThan(1.1);
  expect(sizes.offCentre).toBeLessThan(2);
});

test("a 404's title names the site, and a nonsense address suggests its own subject first", async ({ page }) => {
  const response = await page.goto('/learn/biology/questions/hello-world');
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle('Page not found | QuickTakes');
  const items = page.getByRole('region', { name: 'Were you looking for one of these?' }).getByRole('listitem');
  await expect(items.first()).toContainText('· Biology');
  await expect(items.nth(2)).toContainText('· Biology');
});
