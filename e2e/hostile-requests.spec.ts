import fs from 'node:fs';
import path from 'node:path';
import { siteEnv } from '../lib/config';
import { expect, SEED_URL, test } from './fixtures';

const distDir = path.join(process.cwd(), siteEnv().NEXT_DIST_DIR ?? '.next');

test.describe('requests', () => {
  test.skip(({ isMobile }) => isMobile, 'server behaviour does not depend on the viewport');

  test('an article, its Markdown copy and its image answer 405 to methods they do not serve', async ({ request }) => {
    for (const url of [SEED_URL, `${SEED_URL}.md`, SEED_URL.replace('/learn/', '/og/').replace('/questions/', '/')]) {
      for (const method of ['TRACE', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
        const response = await request.fetch(url, { method, maxRedirects: 0 });
        expect(response.status(), `${method} ${url}`).toBe(405);
        expect(response.headers().allow).toBe('GET, HEAD');
      }
      expect((await request.head(url)).status(), `HEAD ${url}`).toBe(200);
    }
  });

  test('/_next/image writes no cache file, whatever the encoding', async ({ request }) => {
    const cache = path.join(distDir, 'cache', 'images');
    const count = () => (fs.existsSync(cache) ? fs.readdirSync(cache, { recursive: true }).length : 0);
    const before = count();
    const statuses = new Set<number>();
    for (let i = 0; i < 40; i++) {
      const response = await request.get(
        `/_next/image?url=${encodeURIComponent(`/icon.svg?v=${i}`)}&w=${16 * (1 + (i % 8))}&q=${50 + i}`,
      );
      statuses.add(response.status());
    }
    expect([...statuses].every((status) => status < 500)).toBe(true);
    expect(count()).toBe(before);
  });

  test('the page, its Markdown copy and the sitemap agree on the base URL', async ({ request, page }) => {
    const sitemap = await (await request.get('/sitemap.xml')).text();
    const origin = new URL(/<loc>([^<]+)<\/loc>/.exec(sitemap)?.[1] ?? '').origin;
    // The last article of a subject list is the least likely to be prerendered.
    const copy = await request.get(`${SEED_URL}.md`);
    expect(copy.headers().link).toBe(`<${origin}${SEED_URL}>; rel="canonical"`);
    expect(await copy.text()).toContain(`Canonical: <${origin}${SEED_URL}>`);
    await page.goto(SEED_URL);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${origin}${SEED_URL}`);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', `${origin}${SEED_URL}`);
  });
});
