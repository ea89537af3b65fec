import { expect, SEED_URL, test } from './fixtures';

test('an article shows reading time, a More in list and a working copy-link button', async ({
  page,
  article,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await article.goto('/learn/biology/questions/how-does-dna-replication-work');
  await expect(article.byline).toContainText(/\d+ min read/);
  const more = article.moreIn('Biology');
  await expect(more.getByRole('link', { name: 'All Biology questions →' })).toHaveAttribute('href', '/learn/biology');
  await article.copyLink.click();
  await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /\/learn\/biology\/questions\/how-does-dna-replication-work$/,
  );
});

test('printing shows the question and answer only', async ({ page, article }) => {
  await article.goto(SEED_URL);
  await page.emulateMedia({ media: 'print' });
  await expect(article.heading).toBeVisible();
  await expect(article.answer.locator('ol > li').first()).toBeVisible();
  for (const hidden of [page.getByRole('banner'), page.getByRole('contentinfo'), article.related, article.breadcrumb]) {
    await expect(hidden).toBeHidden();
  }
});
