import fs from 'node:fs';
import path from 'node:path';
import { expect, SEED_URL, test } from './fixtures';

test.skip(({ isMobile }) => isMobile, 'server behaviour does not depend on the viewport');

const serverDir = path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'server', 'app');

/** Every file Next has written for pages and images, with its size, so new entries show. */
function cacheFiles(): Map<string, number> {
  const files = new Map<string, number>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(path.relative(serverDir, full), fs.statSync(full).size);
    }
  };
  walk(serverDir);
  return files;
}

const SLUG = SEED_URL.split('/').pop() ?? '';
const OG_URL = `/og/business-and-management/${SLUG}`;
const encode = (text: string) => [...text].map((c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).join('');

test('valid slugs requested with RSC or prefetch headers, or spelled with escapes, write no new cache files', async ({
  request,
}) => {
  // Warm the real entries first: the article is prerendered, the image is rendered once and kept.
  expect((await request.get(SEED_URL)).status()).toBe(200);
  expect((await request.get(OG_URL)).status()).toBe(200);
  const before = cacheFiles();
  const headerSets: Record<string, string>[] = [
    { RSC: '1' },
    { RSC: '1', 'Next-Router-Prefetch': '1' },
    { RSC: '1', 'Next-Router-Prefetch': '1', 'Next-Router-Segment-Prefetch': '/_tree' },
    { 'Next-Router-Prefetch': '1' },
    {
      RSC: '1',
      'Next-Router-State-Tree': encodeURIComponent(JSON.stringify(['', { children: ['learn', {}] }, null, null, true])),
    },
  ];
  const spellings = [
    SEED_URL.replace(SLUG, encode(SLUG.slice(0, 3)) + SLUG.slice(3)),
    SEED_URL.replace('business-and-management', 'business%2Dand%2Dmanagement'),
    SEED_URL.replace(SLUG, SLUG.replace(/-/g, '%2d')),
    `${SEED_URL}?x=1`,
    `${SEED_URL}?_rsc=abc`,
    OG_URL.replace(SLUG, SLUG.replace(/-/g, '%2D')),
    `${OG_URL}?v=2`,
  ];
  const statuses: string[] = [];
  for (const url of [SEED_URL, OG_URL, ...spellings]) {
    for (const headers of [{}, ...headerSets]) {
      const response = await request.get(url, { headers });
      statuses.push(`${response.status()} ${url.slice(-40)} ${JSON.stringify(headers)}`);
      expect(response.status(), `${url} ${JSON.stringify(headers)}`).toBeLessThan(500);
    }
  }
  const after = cacheFiles();
  const added = [...after.keys()].filter((file) => !before.has(file));
  expect(added, statuses.join('\n')).toEqual([]);
});
