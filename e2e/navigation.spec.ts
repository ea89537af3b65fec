import { expect, SEED_RELATED, SEED_URL, test } from './fixtures';

test('a learner goes from home to a subject, an article and a related article', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page
    .getByRole('main')
    .getByRole('link', { name: /Business and Management/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/learn\/business-and-management$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Business and Management' })).toBeVisible();

  await page
    .getByRole('link', { name: 'How does operations management contribute to organizational efficiency?' })
    .click();
  await expect(page).toHaveURL(SEED_URL);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'How does operations management contribute to organizational efficiency?',
  );

  const related = page.getByRole('region', { name: 'Related questions' });
  await related.getByRole('link', { name: 'Can you explain some contemporary decision-making models?' }).click();
  await expect(page).toHaveURL(/contemporary-decisionmaking-models$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Can you explain some contemporary decision-making models?',
  );
});

test('the seed article shows its answer, date, breadcrumbs and five related cards', async ({ page }) => {
  await page.goto(SEED_URL);
  const main = page.getByRole('main');
  await expect(main.locator('article ol > li')).toHaveCount(7);
  await expect(main.locator('article ol > li strong').first()).toHaveText('Process Optimization');
  await expect(main.getByText('Posted on Dec 03, 2024')).toBeVisible();
  await expect(main.getByText('By QuickTakes')).toBeVisible();
  expect(await main.innerText()).not.toContain('\\n');

  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('listitem');
  await expect(crumbs).toHaveText([/Home/, /Learn/, /Business and Management/, /How does operations management/]);

  const cards = page.getByRole('region', { name: 'Related questions' }).getByRole('link');
  await expect(cards).toHaveCount(5);
  expect(await cards.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(SEED_RELATED);
  await expect(main.getByRole('link', { name: 'All Business and Management questions →' })).toHaveAttribute(
    'href',
    '/learn/business-and-management',
  );
});

test('an article whose related reference is missing still shows five working cards', async ({ page, request }) => {
  await page.goto('/learn/business-and-management/questions/can-you-explain-some-contemporary-decisionmaking-models');
  const hrefs = await page
    .getByRole('region', { name: 'Related questions' })
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs).toHaveLength(5);
  expect(hrefs).not.toContain(
    '/learn/business-and-management/questions/what-is-the-difference-between-programmed-and-nonprogrammed-decisions',
  );
  for (const href of hrefs) expect((await request.get(href)).status()).toBe(200);
});

test('a subject with more than one page of questions pages through all of them', async ({ page }) => {
  await page.goto('/learn/business-and-management');
  const pagination = page.getByRole('navigation', { name: 'Pagination' });
  await expect(pagination).toContainText('Page 1 of 2');
  const firstPage = await page.getByRole('main').getByRole('article').count();
  expect(firstPage).toBe(30);
  await pagination.getByRole('link', { name: 'Older questions →' }).click();
  await expect(page).toHaveURL(/\/learn\/business-and-management\/page\/2$/);
  await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText('Page 2 of 2');
  const secondPage = await page.getByRole('main').getByRole('article').count();
  expect(secondPage).toBeGreaterThan(0);
  expect(secondPage).toBeLessThanOrEqual(30);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    /\/learn\/business-and-management\/page\/2$/,
  );
  await page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: '← Newer questions' }).click();
  await expect(page).toHaveURL(/\/learn\/business-and-management$/);
});

test('unknown addresses answer 404 with the designed page', async ({ page, request }) => {
  for (const url of [
    '/learn/no-such-subject',
    '/learn/business-and-management/questions/no-such-question',
    '/learn/no-such-subject/questions/how-does-operations-management-contribute-to-organizational-efficiency',
    '/learn/business-and-management/page/0',
    '/learn/business-and-management/page/1',
    '/learn/business-and-management/page/3',
    '/learn/business-and-management/page/abc',
    '/learn/business-and-management/page/-1',
    '/nothing-here',
  ]) {
    expect((await request.get(url)).status(), url).toBe(404);
  }
  const response = await page.goto('/learn/business-and-management/questions/no-such-question');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  await expect(page.getByRole('main').getByRole('link', { name: /Biology/ })).toBeVisible();
});

test('every subject on /learn lists its questions', async ({ page }) => {
  await page.goto('/learn');
  const links = page.getByRole('main').getByRole('link', { name: /questions$/ });
  const count = await links.count();
  expect(count).toBeGreaterThanOrEqual(10);
  const hrefs = await links.evaluateAll((els) => els.map((a) => a.getAttribute('href') ?? ''));
  for (const href of hrefs) {
    await page.goto(href);
    await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();
  }
});
