import fs from 'node:fs';
import path from 'node:path';
import { siteEnv } from '../lib/config';
import { expect, MALFORMED_PATHS, SEED_URL, test } from './fixtures';

test.skip(({ isMobile }) => isMobile, 'server behaviour does not depend on the viewport');

const REQUIRED = [
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
  'strict-transport-security',
];

test('every kind of response carries the security headers and no X-Powered-By', async ({ request, page }) => {
  await page.goto('/');
  const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
  for (const url of [
    '/',
    SEED_URL,
    '/learn/nope',
    '/sitemap.xml',
    '/feed.xml',
    '/robots.txt',
    script ?? '/',
    `/og${SEED_URL.replace('/learn', '').replace('/questions', '')}`,
    '/search-index/manifest.json',
  ]) {
    const response = await request.get(url);
    const headers = response.headers();
    for (const name of REQUIRED) expect(headers[name], `${name} on ${url}`).toBeTruthy();
    expect(headers['x-powered-by'], url).toBeUndefined();
    const csp = headers['content-security-policy'] ?? '';
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'"])
      expect(csp).toContain(directive);
    // 'unsafe-eval' is for next dev only (lib/config/security-headers.ts).
    expect(csp).not.toContain('unsafe-eval');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  }
});

test('pages raise no CSP violation', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  for (const url of ['/', SEED_URL, '/learn/biology', '/search?q=cell', '/learn/biology/questions/osmosis-missing']) {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
  }
  expect(violations).toEqual([]);
});

const nextFiles = () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!entry.name.startsWith('trace')) files.push(full);
    }
  };
  walk(path.join(process.cwd(), siteEnv().NEXT_DIST_DIR ?? '.next', 'server'));
  return files.sort();
};

test('hostile URLs answer 404 or a canonical redirect, never 500, and write nothing', async ({ request }) => {
  expect((await request.get('/learn/biology/questions/warm-up-404')).status()).toBe(404);
  const before = nextFiles();
  const notFound = [
    '/learn/unknown-subject',
    '/learn/unknown-subject/questions/anything',
    '/learn/biology/questions/unknown-slug',
    '/learn/biology/page/0',
    '/learn/biology/page/-1',
    '/learn/biology/page/99999',
    '/learn/biology/page/abc',
    '/learn/biology/questions/..%2f..%2fpackage.json',
    '/learn/..%2f..%2fpackage.json',
    '/learn/biology/questions/%2e%2e%5c%2e%2e%5cpackage.json',
    '/learn/%2e%2e%5c',
    '/learn/biology/questions/%00',
    '/learn/biology/questions/a%00b',
    `/learn/biology/questions/${'a'.repeat(5000)}`,
    '/learn/biology/questions/%E6%97%A5%E6%9C%AC%E8%AA%9E',
    '/learn/biology/questions/caf%C3%A9',
    '/learn/Biology',
    '/learn/BIOLOGY/questions/how-does-dna-replication-work',
    '/learn/biology/questions/How-Does-DNA-Replication-Work',
    '/og/biology/unknown-slug',
    '/og/..%2f..%2fpackage.json/x',
    '/sitemaps/99.xml',
    '/sitemaps/..%2fpackage.json',
  ];
  for (const url of notFound) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url.slice(0, 80)).toBe(404);
  }
  for (const [url, target] of <[string, string][]>[
    ['/learn/biology/', '/learn/biology'],
    [
      '/learn/biology/questions/how-does-dna-replication-work/',
      '/learn/biology/questions/how-does-dna-replication-work',
    ],
  ]) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(308);
    expect(response.headers().location).toBe(target);
  }
  // Other tests run in parallel and may fill the cache for real pages; none may appear for these URLs.
  const added = nextFiles().filter((file) => !before.includes(file));
  const names = notFound
    .map((url) => decodeURIComponent(url.split('/').pop() ?? '').slice(0, 40))
    .filter((name) => name.length > 2);
  expect(
    added.filter((file) => names.some((name) => file.includes(name)) || /unknown|package\.json|%/.test(file)),
  ).toEqual([]);
});

test('a malformed percent-escape answers 400 with the security headers on every route, never 500', async ({
  request,
}) => {
  // Hostile answers and formulas, and these on a standalone server and next start -H, are in e2e/standalone.
  for (const url of MALFORMED_PATHS) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(400);
    for (const name of REQUIRED) expect(response.headers()[name], `${name} on ${url}`).toBeTruthy();
    expect(await response.text()).toMatch(/malformed percent-escape/);
  }
});
