import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { PracticeItem, PracticeSet } from '@/lib/store/types';
import { expect, test } from './fixtures';

// An article with choice and recall items, some with formulas; the tests read its items from /practice, not from here.
const ARTICLE = '/learn/physics/questions/how-do-electric-circuits-follow-ohms-law';
const ITEMS = '/practice/physics/how-do-electric-circuits-follow-ohms-law';
// The learner's clock: Date alone is fixed, timers run.
const TODAY = new Date('2026-12-06T09:00:00Z');
const IN_THREE_DAYS = new Date('2026-12-09T09:00:00Z');

type Choice = Extract<PracticeItem, { kind: 'choice' }>;

async function items(page: Page) {
  const response = await page.request.get(ITEMS);
  expect(response.status()).toBe(200);
  return ((await response.json()) as PracticeSet).practice;
}

/** The plain text of an item's HTML field, as the page shows it (formulas read as their MathML text). */
async function textOf(page: Page, html: string) {
  return page.evaluate((h) => {
    const span = document.createElement('span');
    span.innerHTML = h;
    return (span.textContent ?? '').replace(/\s+/g, ' ').trim();
  }, html);
}

/** axe in light and in dark mode: the feedback's colours differ. */
async function axe(page: Page, what: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    const violations = results.violations.map(
      (v) => `${what}, ${colorScheme}: ${v.id}: ${v.nodes[0]?.target.join(' ')}`,
    );
    expect(violations).toEqual([]);
  }
}

const checkYourself = (page: Page) => page.getByRole('region', { name: 'Check yourself' });

test.describe('with JavaScript', () => {
  test.beforeEach(async ({ page }) => {
    // axe runs in light and dark mode on each page checked: four runs took 32 s on a loaded 2-core machine.
    test.slow();
    await page.clock.setFixedTime(TODAY);
  });

  test('a wrong choice says why, and the item comes back on /review, also after a reload', async ({ page }) => {
    const practice = await items(page);
    const index = practice.findIndex((item) => item.kind === 'choice');
    const item = practice[index] as Choice;
    const wrong = item.choices.findIndex((choice) => !choice.correct);
    const right = item.choices.find((choice) => choice.correct)!;
    await page.goto(ARTICLE);
    const group = checkYourself(page).getByRole('group').nth(index);
    await group.getByRole('button').nth(wrong).click();
    const feedback = group.getByText('Not quite. The answer is');
    await expect(feedback).toBeVisible();
    await expect(feedback).toContainText(await textOf(page, right.text));
    await expect(group).toContainText(await textOf(page, item.explanation));
    await expect(group.getByText('✗ Your answer')).toBeVisible();
    await expect(group.getByText('Next review: Mon, Dec 7')).toBeVisible();
    // Answered once: another pick changes nothing.
    await group.getByRole('button').nth(item.choices.indexOf(right)).click({ force: true });
    await expect(group.getByText('Not quite. The answer is')).toBeVisible();
    await expect(group.getByText('✓ Right answer')).toBeVisible();
    await axe(page, 'article, answered');

    const question = await textOf(page, item.question);
    await page.goto('/review');
    const comingUp = page.getByRole('region', { name: 'Coming up' });
    await expect(comingUp.getByRole('listitem').filter({ hasText: question })).toContainText('Mon, Dec 7');
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review' })).toHaveText(
      'Review',
    );

    await page.clock.setFixedTime(IN_THREE_DAYS);
    for (const load of ['open', 'reload']) {
      if (load === 'open') await page.goto('/review');
      else await page.reload();
      const due = page.getByRole('region', { name: /Due now/ });
      await expect(due.getByRole('heading')).toHaveText('Due now (1)');
      await expect(due.getByRole('group', { name: question })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Review 1 due' })).toBeVisible();
    }
    await axe(page, 'review, due');
    const due = page.getByRole('region', { name: /Due now/ });
    await due.getByRole('button').nth(item.choices.indexOf(right)).click();
    await expect(due.getByText('Right.', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Review', exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Coming up' })).toContainText(question);
  });

  test('a recall item reveals its answer, then asks whether the learner knew it', async ({ page }) => {
    const practice = await items(page);
    const item = practice.find((entry) => entry.kind === 'recall')!;
    if (item.kind !== 'recall') throw new Error('no recall item');
    await page.goto(ARTICLE);
    const question = await textOf(page, item.question);
    const card = checkYourself(page).getByRole('listitem').filter({ hasText: question });
    const answer = card.getByText('Answer:');
    await expect(answer).toBeHidden();
    await card.getByText('Show the answer').click();
    await expect(answer).toBeVisible();
    await expect(card).toContainText(await textOf(page, item.answer));
    const knew = card.getByRole('group', { name: 'Did you know it?' });
    await knew.getByRole('button', { name: 'Yes, I knew it' }).click();
    await expect(knew.getByRole('button', { name: 'Yes, I knew it' })).toHaveAttribute('aria-pressed', 'true');
    await expect(knew.getByText(/^Next review: /)).toBeVisible();
    await axe(page, 'article, recalled');
  });

  test("an unknown article's items are a 404, never an empty list", async ({ request }) => {
    expect((await request.get('/practice/physics/no-such-question')).status()).toBe(404);
    expect((await request.get('/practice/no-such-subject/x')).status()).toBe(404);
  });

  test('/review starts empty, and says how to start', async ({ page }) => {
    await page.goto('/review');
    await expect(page.getByText('Nothing is due. Answer the questions under “Check yourself”')).toBeVisible();
    await expect(page.getByText('Nothing is scheduled yet.')).toBeVisible();
    await axe(page, 'review, empty');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every question shows, each answer and explanation behind a disclosure', async ({ page }) => {
    const practice = await items(page);
    await page.goto(ARTICLE);
    const section = checkYourself(page);
    const cards = section.getByRole('listitem').filter({ has: page.locator('.practice-question') });
    await expect(cards).toHaveCount(practice.length);
    for (const [index, item] of practice.entries()) {
      const card = cards.nth(index);
      await expect(card).toContainText(await textOf(page, item.question));
      // Playwright's text locators skip <noscript>, which holds a choice item's disclosure: CSS finds it.
      const disclosure = card.locator('details');
      const why = disclosure.locator('p').last();
      await expect(why).toBeHidden();
      await disclosure.locator('summary').click();
      await expect(why).toBeVisible();
      await expect(why).toHaveText(await textOf(page, item.explanation));
      const answer = item.kind === 'choice' ? item.choices.find((choice) => choice.correct)!.text : item.answer;
      await expect(disclosure.locator('p').first()).toContainText('Answer:');
      await expect(disclosure.locator('p').first()).toContainText(await textOf(page, answer));
    }
    await expect(section.getByRole('button')).toHaveCount(0);
  });
});
