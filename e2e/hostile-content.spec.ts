import { HOSTILE_TEXT } from '@/pipeline/content/__fixtures__/hostile';
import { makeArticle } from '@/pipeline/content/__fixtures__/make';
import { toLatestItem } from '@/pipeline/compile/record';
import { renderFeed } from '../lib/seo/feed';
import { expect, test } from './fixtures';

test.skip(({ isMobile }) => isMobile, 'parsing does not depend on the viewport');

test('a feed of articles with every hostile field parses as XML in the browser', async ({ page }) => {
  const articles = Object.entries(HOSTILE_TEXT).map(([name, value]) => ({
    ...makeArticle({ slug: `hostile-${name.toLowerCase()}` }),
    question: value,
    subject: value,
    description: value,
    seo: { title: value, description: value, keywords: [value] },
  }));
  await page.goto('/robots.txt');
  const parsed = await page.evaluate(
    (xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const error = doc.querySelector('parsererror')?.textContent ?? null;
      return { error, titles: [...doc.querySelectorAll('item > title')].map((t) => t.textContent) };
    },
    renderFeed(articles.map(toLatestItem)),
  );
  expect(parsed.error).toBeNull();
  expect(parsed.titles).toHaveLength(articles.length);
  expect(parsed.titles[0]).toBe(HOSTILE_TEXT.markup);
});

test('the served feed parses as XML', async ({ page, request }) => {
  const xml = await (await request.get('/feed.xml')).text();
  await page.goto('/robots.txt');
  const error = await page.evaluate(
    (text) =>
      new DOMParser().parseFromString(text, 'application/xml').querySelector('parsererror')?.textContent ?? null,
    xml,
  );
  expect(error).toBeNull();
});
