import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, SEED_RELATED, test } from './fixtures';

// Votes come from one address (127.0.0.1), 10 a minute: only the desktop project votes, 5 times a run.
const ARTICLE = SEED_RELATED[0]!;

async function axe(page: Page, what: string) {
  const results = await new AxeBuilder({ page })
    .include('#feedback')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(results.violations.map((v) => `${what}: ${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
}

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one project votes, to stay under the rate limit');
});

test.describe('with JavaScript', () => {
  test('Yes posts in place and thanks the reader', async ({ page }) => {
    await page.goto(ARTICLE);
    const widget = page.locator('#feedback');
    await expect(widget.getByRole('heading', { name: 'Was this answer helpful?' })).toBeVisible();
    await axe(page, 'asking');
    const posted = page.waitForResponse((r) => r.url().endsWith('/api/feedback') && r.request().method() === 'POST');
    await widget.getByRole('button', { name: 'Yes' }).click();
    expect((await posted).status()).toBe(201);
    expect(page.url()).toMatch(new RegExp(`${ARTICLE}$`));
    await expect(widget.getByText('your answer helps the writers')).toBeVisible();
    await expect(widget.getByRole('button', { name: 'Yes' })).toBeHidden();
    await expect(widget.getByRole('status')).toHaveText('Thank you for your feedback.');
    await axe(page, 'thanked');
  });

  test('No asks for a comment, then sends vote and comment as one', async ({ page }) => {
    await page.goto(ARTICLE);
    const widget = page.locator('#feedback');
    await widget.getByRole('link', { name: 'No' }).click();
    const comment = widget.getByLabel(/What was missing or unclear/);
    await expect(comment).toBeFocused();
    await axe(page, 'asking why');
    await comment.fill('The example skips the step between the two equations.');
    const posted = page.waitForRequest((r) => r.url().endsWith('/api/feedback') && r.method() === 'POST');
    await widget.getByRole('button', { name: 'Send' }).click();
    const request = await posted;
    expect(request.postDataJSON()).toEqual({
      url: ARTICLE,
      helpful: false,
      comment: 'The example skips the step between the two equations.',
    });
    expect((await request.response())?.status()).toBe(201);
    await expect(widget.getByText('your answer helps the writers')).toBeVisible();
    await expect(comment).toBeHidden();
  });
});

test('the pages a reader without JavaScript lands on pass axe (it needs a script, so it runs with one)', async ({
  page,
}) => {
  for (const hash of ['#feedback-no', '#feedback-thanks']) {
    await page.goto(`${ARTICLE}${hash}`);
    await expect(page.locator(hash)).toBeVisible();
    await axe(page, hash);
  }
});

test('the article stays a static page: prerendered, and the same bytes after a vote', async ({ request }) => {
  const before = await request.get(ARTICLE);
  expect(before.headers()['x-nextjs-cache']).toBe('HIT');
  const vote = await request.post('/api/feedback', { data: { url: ARTICLE, helpful: true } });
  expect(vote.status()).toBe(201);
  const after = await request.get(ARTICLE);
  expect(after.headers()['x-nextjs-cache']).toBe('HIT');
  expect(after.headers().etag).toBe(before.headers().etag);
  expect(await after.text()).toBe(await before.text());
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('Yes posts the form and the 303 lands on the thanks', async ({ page }) => {
    await page.goto(ARTICLE);
    const widget = page.locator('#feedback');
    await widget.getByRole('button', { name: 'Yes' }).click();
    await page.waitForURL(`**${ARTICLE}#feedback-thanks`);
    await expect(widget.getByText('your answer helps the writers')).toBeVisible();
    await expect(widget.getByRole('button', { name: 'Yes' })).toBeHidden();
  });

  test('No opens the comment form, which posts and lands on the thanks', async ({ page }) => {
    await page.goto(ARTICLE);
    const widget = page.locator('#feedback');
    const comment = widget.getByLabel(/What was missing or unclear/);
    await expect(comment).toBeHidden();
    await widget.getByRole('link', { name: 'No' }).click();
    await expect(comment).toBeVisible();
    await expect(widget.getByRole('button', { name: 'Yes' })).toBeHidden();
    await comment.fill('No worked example.');
    const response = page.waitForResponse((r) => r.url().endsWith('/api/feedback'));
    await widget.getByRole('button', { name: 'Send' }).click();
    expect((await response).status()).toBe(303);
    await page.waitForURL(`**${ARTICLE}#feedback-thanks`);
    await expect(widget.getByText('your answer helps the writers')).toBeVisible();
    await expect(comment).toBeHidden();
  });
});
