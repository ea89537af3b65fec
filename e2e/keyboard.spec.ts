import type { Page } from '@playwright/test';
import { expect, SEED_URL, test } from './fixtures';

test.skip(({ isMobile }) => isMobile, 'keyboard use is a desktop journey');

/** Presses Tab until the focused element's accessible text or href matches, at most `limit` times. */
async function tabTo(page: Page, match: RegExp, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return `${el?.getAttribute('href') ?? ''} ${el?.textContent?.trim() ?? ''}`;
    });
    if (match.test(focused)) return;
  }
  throw new Error(`Tab never reached ${match}`);
}

/** The focused element draws a visible outline (focus-visible), not the browser's nothing. */
async function expectFocusRing(page: Page) {
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement as Element);
    return { width: parseFloat(style.outlineWidth), style: style.outlineStyle, shadow: style.boxShadow };
  });
  expect((outline.style !== 'none' && outline.width > 0) || outline.shadow !== 'none', JSON.stringify(outline)).toBe(
    true,
  );
}

test('keyboard only: skip link, a subject, an article, the copy button, a related question', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Skip to content');
  await expectFocusRing(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);

  await tabTo(page, /^\/learn\/business-and-management /);
  await expectFocusRing(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/learn\/business-and-management$/);

  await tabTo(page, /how-does-operations-management-contribute-to-organizational-efficiency/);
  await expectFocusRing(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(SEED_URL);

  await tabTo(page, /Copy link/);
  await expectFocusRing(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible();

  await tabTo(page, /contemporary-decisionmaking-models/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/contemporary-decisionmaking-models$/);
});

test('keyboard only: the numbered subject pages and the 404 page', async ({ page }) => {
  await page.goto('/learn/business-and-management');
  await tabTo(page, /Older questions/);
  await expectFocusRing(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/page\/2$/);
  await tabTo(page, /Newer questions/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/learn\/business-and-management$/);

  await page.goto('/learn/biology/questions/no-such-question');
  await tabTo(page, /^\/learn\/physics /);
  await expectFocusRing(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/learn\/physics$/);
});
