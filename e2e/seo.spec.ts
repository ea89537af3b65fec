import type { Page } from '@playwright/test';
import { expect, SEED_URL, test } from './fixtures';

test.describe.configure({ mode: 'serial' });
test.skip(({ isMobile }) => isMobile, 'crawling once, on desktop, is enough');

type JsonLd = Record<string, unknown> & { '@type': string };

const parseXml = (page: Page, xml: string) =>
  page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return doc.querySelector('parsererror')
      ? null
      : [...doc.querySelectorAll('loc, link, guid')].map((n) => n.textContent ?? '');
  }, xml);

async function sitemapUrls(page: Page, request: import('@playwright/test').APIRequestContext) {
  const index = await (await request.get('/sitemap.xml')).text();
  const children = await parseXml(page, index);
  expect(children, 'sitemap index parses').not.toBeNull();
  const urls: string[] = [];
  for (const child of children ?? []) {
    const xml = await (await request.get(new URL(child).pathname)).text();
    const locs = await parseXml(page, xml);
    expect(locs, `${child} parses`).not.toBeNull();
    urls.push(...(locs ?? []));
  }
  return urls;
}

test('every page in the sitemap is indexable, unique and links only to live pages', async ({ page, request }) => {
  test.setTimeout(180_000);
  await page.goto('/robots.txt');
  const urls = await sitemapUrls(page, request);
  expect(urls.length).toBeGreaterThan(70);
  const titles = new Map<string, string>();
  const descriptions = new Map<string, string>();
  const links = new Set<string>();

  for (const url of urls) {
    expect(url).toMatch(/^https?:\/\/[^/]+(\/|$)/);
    const path = new URL(url).pathname;
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const title = await page.title();
    const description = (await page.locator('meta[name="description"]').getAttribute('content')) ?? '';
    expect(titles.get(title), `title of ${path} is also used by`).toBeUndefined();
    expect(descriptions.get(description), `description of ${path} is also used by`).toBeUndefined();
    titles.set(title, path);
    descriptions.set(description, path);
    expect(description.length).toBeGreaterThan(40);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', url);
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveCount(1);

    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const data = blocks.flatMap((text) => JSON.parse(text) as JsonLd | JsonLd[]) as JsonLd[];
    const types = data.map((d) => d['@type']);
    expect(types).not.toContain('QAPage');
    expect(types).not.toContain('FAQPage');
    if (path.includes('/questions/')) {
      expect(types).toEqual(['Article', 'BreadcrumbList']);
      const article = data[0] as JsonLd;
      for (const key of [
        'headline',
        'description',
        'datePublished',
        'author',
        'publisher',
        'mainEntityOfPage',
        'articleSection',
        'keywords',
        'image',
      ]) {
        expect(article[key], `${path} Article.${key}`).toBeTruthy();
      }
      await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
      await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    } else if (/^\/learn\/[^/]+(\/page\/\d+)?$/.test(path)) {
      expect(types).toEqual(['CollectionPage', 'BreadcrumbList']);
      expect((data[0]?.mainEntity as JsonLd)['@type']).toBe('ItemList');
    } else if (path === '/') {
      expect(types).toContain('WebSite');
    }
    for (const href of await page
      .locator('a[href^="/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
      links.add(href.split('#')[0] ?? href);
    }
  }
  for (const href of links) expect((await request.get(href)).status(), `link ${href}`).toBe(200);
});

test('an article title starts with its question and ends with the subject title', async ({ page }) => {
  await page.goto(SEED_URL);
  await expect(page).toHaveTitle(
    'How does operations management contribute to organizational efficiency? | QuickTakes | Business and Management',
  );
  await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute('content', '2024-12-03');
  await expect(page.locator('meta[property="article:section"]')).toHaveAttribute('content', 'Business and Management');
});

test('the feed parses and the Open Graph image is a PNG', async ({ page, request }) => {
  await page.goto('/robots.txt');
  const feed = await request.get('/feed.xml');
  expect(feed.headers()['content-type']).toContain('application/rss+xml');
  const items = await parseXml(page, await feed.text());
  expect(items).not.toBeNull();
  expect((items ?? []).length).toBeGreaterThan(50);

  await page.goto(SEED_URL);
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toMatch(/^https?:\/\//);
  const png = await request.get(new URL(image ?? '').pathname);
  expect(png.status()).toBe(200);
  expect(png.headers()['content-type']).toBe('image/png');
  expect((await png.body()).subarray(1, 4).toString()).toBe('PNG');
});
