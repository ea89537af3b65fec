import AxeBuilder from '@axe-core/playwright';
import { expect, SEED_RELATED, SEED_URL, test } from './fixtures';

// Previews of linked articles on hover and keyboard focus.
const related = (page: import('@playwright/test').Page) => page.locator(`main a[href="${SEED_RELATED[0]}"]`).first();

test.describe('desktop', () => {
  test.skip(({ isMobile }) => isMobile, 'mouse and keyboard');

  test('no preview code loads before the first hover; hovering shows the question, Escape closes', async ({ page }) => {
    const copies: string[] = [];
    page.on('request', (r) => void (r.url().endsWith('.md') && copies.push(new URL(r.url()).pathname)));
    await page.goto(SEED_URL);
    await page.waitForLoadState('networkidle');
    const before = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(copies).toEqual([]);
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toHaveCount(0);

    const link = related(page);
    await link.scrollIntoViewIfNeeded();
    await link.hover();
    await expect(tooltip).toBeVisible();
    await expect(tooltip.locator('strong')).toHaveText(/\?$/);
    expect((await tooltip.innerText()).length).toBeGreaterThan(60);
    expect(copies).toEqual([`${SEED_RELATED[0]}.md`]);
    const after = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(after.filter((u) => u.endsWith('.js') && !before.includes(u)).length).toBeGreaterThan(0);
    await expect(link).toHaveAttribute('aria-describedby', 'link-preview');

    // The preview never covers the link.
    const [a, t] = [await link.boundingBox(), await tooltip.boundingBox()];
    expect(a && t && (t.y >= a.y + a.height || t.y + t.height <= a.y)).toBe(true);

    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);

    await page.keyboard.press('Escape');
    await expect(tooltip).toHaveCount(0);
    await expect(link).not.toHaveAttribute('aria-describedby', 'link-preview');
  });

  test('keyboard focus opens the preview and moving on closes it', async ({ page }) => {
    await page.goto(SEED_URL);
    const link = related(page);
    await link.focus();
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toBeVisible();
    await expect(link).toHaveAttribute('aria-describedby', 'link-preview');
    // The next card is another article: its preview replaces this one.
    await page.keyboard.press('Tab');
    await expect(link).not.toHaveAttribute('aria-describedby', 'link-preview');
    await page.getByRole('heading', { level: 1 }).click();
    await expect(tooltip).toHaveCount(0);
  });

  test('the page does not shift when a preview opens', async ({ page }) => {
    await page.goto(SEED_URL);
    const heading = page.getByRole('heading', { level: 1 });
    const link = related(page);
    await link.scrollIntoViewIfNeeded();
    const box = await heading.boundingBox();
    const height = await page.evaluate(() => document.body.scrollHeight);
    await link.hover();
    await expect(page.getByRole('tooltip')).toBeVisible();
    expect(await heading.boundingBox()).toEqual(box);
    expect(await page.evaluate(() => document.body.scrollHeight)).toBe(height);
  });
});

test('touch devices follow the link without a preview', async ({ page, isMobile }) => {
  test.skip(!isMobile, 'touch');
  await page.goto(SEED_URL);
  const link = related(page);
  await link.scrollIntoViewIfNeeded();
  await link.tap();
  await expect(page).toHaveURL(new RegExp(`${SEED_RELATED[0]}$`));
  await expect(page.getByRole('tooltip')).toHaveCount(0);
});
