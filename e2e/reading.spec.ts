import { expect, SEED_URL, test } from './fixtures';

test('an article shows reading time, a More in list and a working copy-link button', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/learn/biology/questions/how-does-dna-replication-work');
  await expect(page.getByText(/\d+ min read/)).toBeVisible();
  const more = page.getByRole('region', { name: 'More in Biology' });
  await expect(more.getByRole('link', { name: 'All Biology questions →' })).toHaveAttribute('href', '/learn/biology');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /\/learn\/biology\/questions\/how-does-dna-replication-work$/,
  );
});

test('printing shows the question and answer only', async ({ page }) => {
  await page.goto(SEED_URL);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('article ol > li').first()).toBeVisible();
  for (const hidden of [
    page.getByRole('banner'),
    page.getByRole('contentinfo'),
    page.getByRole('region', { name: 'Related questions' }),
    page.getByRole('navigation', { name: 'Breadcrumb' }),
  ]) {
    await expect(hidden).toBeHidden();
  }
});
