import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeSource } from '@/pipeline/content/__fixtures__/make';
import { buildLibrary } from '@/pipeline/content/library';
import { scanContent } from '@/pipeline/scan';
import { compileListings, listSitemapEntries } from '@/pipeline/compile/listings';
import { renderFeed } from '@/lib/seo/feed';
import { buildSearchFiles } from '@/pipeline/search-index/build';
import { createSearchEngine } from '@/lib/search/engine';
import { memorySource } from '@/lib/search/__fixtures__/memory-source';
import { renderSitemapIndex, renderUrlSet } from '@/lib/seo/sitemap';

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'edges-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

describe('a site with no articles', () => {
  const library = buildLibrary([]);

  it('writes sitemaps and a feed without empty dates', () => {
    const urlset = renderUrlSet(listSitemapEntries(library));
    const index = renderSitemapIndex(compileListings(library).sitemaps.map((s) => s.child));
    for (const xml of [urlset, index]) expect(xml).not.toContain('<lastmod></lastmod>');
    expect(urlset).toContain('<url><loc>http://localhost:3000</loc></url>');
    expect(renderFeed([])).not.toMatch(/<lastBuildDate>\s*<\/lastBuildDate>/);
  });

  it('answers a search with no results instead of failing', async () => {
    const { files } = await buildSearchFiles([], []);
    const engine = createSearchEngine(memorySource(files));
    await expect(engine.search('osmosis')).resolves.toMatchObject({ total: 0, hits: [] });
    await expect(engine.search('osmosis biology', { exact: true })).resolves.toMatchObject({ total: 0 });
    // The build reads WordNet's word lists, seconds on a loaded 2-core machine.
  }, 60_000);
});

describe('symbolic links in the content folder', () => {
  it('are skipped with a warning naming the link', async () => {
    const dir = path.join(temp, 'content');
    const { file, source } = makeSource();
    fs.mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), source);
    fs.writeFileSync(path.join(temp, 'outside.md'), source);
    fs.symlinkSync(path.join(temp, 'outside.md'), path.join(dir, 'biology', 'linked.md'));
    fs.symlinkSync(path.join(dir, 'biology'), path.join(dir, 'linked-folder'));
    const { articles, problems } = await scanContent({ dir, cache: false });
    expect(articles.map((a) => a.file)).toEqual([file]);
    expect(problems.filter((p) => p.field === 'file')).toEqual([
      expect.objectContaining({
        file: 'biology/linked.md',
        severity: 'warning',
        message: expect.stringMatching(/symbolic link and was skipped/),
      }),
      expect.objectContaining({ file: 'linked-folder', severity: 'warning' }),
    ]);
  });
});
