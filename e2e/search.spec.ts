import { expect, SEED_URL, test } from './fixtures';

test('searching "operations management" lists the seed article first', async ({ page }) => {
  await page.goto('/');
  const field = page.getByRole('search', { name: 'Site' }).getByRole('searchbox');
  await field.fill('operations management');
  await field.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=operations\+management/);
  const results = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
  await expect(results.first()).toBeVisible();
  await expect(results.first().getByRole('link')).toHaveAttribute('href', SEED_URL);
  await expect(results.first().locator('mark').first()).toBeVisible();
  await expect(page.getByRole('status')).toContainText('for “operations management”');
});

test('a subject filter narrows the results', async ({ page }) => {
  await page.goto('/search?q=energy');
  const results = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
  await expect(results.first()).toBeVisible();
  const all = await results.count();
  await page.getByLabel('Subject', { exact: true }).selectOption('Physics');
  await expect(page).toHaveURL(/subject=Physics/);
  await expect(page.getByRole('status')).toContainText('in Physics');
  const narrowed = await results.count();
  expect(narrowed).toBeGreaterThan(0);
  expect(narrowed).toBeLessThan(all);
  for (const text of await results.locator('p').first().allTextContents()) expect(text).toBe('Physics');
});

test('a query with no match shows the empty state with subjects', async ({ page }) => {
  await page.goto('/search?q=zzqxjv');
  await expect(page.getByRole('heading', { name: 'No answers matched “zzqxjv”' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Biology' })).toBeVisible();
});

test('keyboard only: type, arrow to a result, Enter opens it', async ({ page, isMobile }) => {
  test.skip(isMobile, 'keyboard use is a desktop journey');
  await page.goto('/search');
  const field = page.getByRole('main').getByRole('searchbox');
  for (let i = 0; i < 10 && !(await field.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(field).toBeFocused();
  await page.keyboard.type('photosynthesis');
  await page.keyboard.press('Enter');
  const first = page.getByRole('list', { name: 'Search results' }).getByRole('link').first();
  await expect(first).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(first).toBeFocused();
  const href = await first.getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(href ?? '');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/photosynthesis/i);
});

test('an article page loads no search code until the learner searches', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) loaded.push(request.url());
  });
  await page.goto(SEED_URL);
  await page.waitForLoadState('networkidle');
  await page.getByRole('search', { name: 'Site' }).getByRole('searchbox').focus();
  expect(loaded).toEqual([]);
  await page.getByRole('search', { name: 'Site' }).getByRole('searchbox').fill('cells');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Search results' })).toBeVisible();
  expect(loaded.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('the 404 page suggests articles matching the missing address', async ({ page }) => {
  const response = await page.goto('/learn/biology/questions/how-does-osmosis-work-in-cells');
  expect(response?.status()).toBe(404);
  const suggestions = page.getByRole('region', { name: 'Were you looking for one of these?' });
  await expect(suggestions.getByRole('link').first()).toBeVisible();
  await expect(suggestions).toContainText(/osmosis/i);
});
