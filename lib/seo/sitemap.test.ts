import { describe, expect, it } from 'vitest';
import { makeArticle } from '@/pipeline/content/__fixtures__/make';
import { buildLibrary } from '@/pipeline/content/library';
import { compileListings, listSitemapEntries } from '@/pipeline/compile/listings';
import type { SitemapEntry } from '@/lib/store/types';
import { chunkSitemap, renderSitemapIndex, renderUrl, renderUrlSet } from './sitemap';

const entries = (n: number): SitemapEntry[] =>
  Array.from({ length: n }, (_, i) => ({ path: `/learn/x/questions/q-${i}`, lastmod: '2024-01-01' }));

describe('chunkSitemap', () => {
  it('splits by URL count', () => {
    const chunks = chunkSitemap(entries(7), { maxUrls: 3, maxBytes: 1e9 });
    expect(chunks.map((c) => c.length)).toEqual([3, 3, 1]);
    expect(chunks.flat()).toEqual(entries(7));
  });

  it('splits by rendered size, each child staying under the byte limit', () => {
    const all = entries(10);
    const maxBytes = 400;
    const chunks = chunkSitemap(all, { maxUrls: 1000, maxBytes });
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(Buffer.byteLength(renderUrlSet(chunk))).toBeLessThanOrEqual(maxBytes);
    expect(chunks.flat()).toEqual(all);
  });

  it('keeps everything in one child under the real limits', () => {
    expect(chunkSitemap(entries(1000))).toHaveLength(1);
  });

  it('escapes XML in URLs', () => {
    const xml = renderUrl({ path: '/a?b=1&c=<2>', lastmod: '2024-01-01' });
    expect(xml).toContain('b=1&amp;c=');
    expect(xml).not.toMatch(/<2>|&c/);
  });
});

describe('listSitemapEntries', () => {
  it('lists home, learn, subjects and articles with content dates, not the build time', () => {
    const a = makeArticle({ id: 1, question: 'Old one?', date: '2024-01-05' });
    const b = makeArticle({ id: 2, question: 'New one?', date: '2025-03-09' });
    const list = listSitemapEntries(buildLibrary([a, b]));
    expect(list.map((e) => e.path)).toEqual([
      '/',
      '/learn',
      '/learn/biology',
      '/learn/biology/questions/new-one',
      '/learn/biology/questions/old-one',
    ]);
    expect(list.map((e) => e.lastmod)).toEqual(['2025-03-09', '2025-03-09', '2025-03-09', '2025-03-09', '2024-01-05']);
  });

  it('an empty library writes valid sitemaps: no empty <lastmod>', () => {
    const { sitemaps } = compileListings(buildLibrary([]));
    const xml =
      renderSitemapIndex(sitemaps.map((s) => s.child)) + sitemaps.map((s) => renderUrlSet(s.entries)).join('');
    expect(xml).toContain('<loc>');
    expect(xml).not.toContain('<lastmod></lastmod>');
    expect(xml).not.toMatch(/<lastmod>\s*<\/lastmod>/);
  });
});
