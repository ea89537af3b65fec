import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PAGE_SIZE } from '@/lib/config/site';
import { prerenderLimit } from '@/lib/config';
import { compileStore } from '@/pipeline/compile/store';
import { loadLive } from '@/pipeline/live';
import { openStoreAt } from '@/lib/store/read';
import { liveOf } from './live';
import { storedFrom } from './stored';

// The facade's two sources over the bundled content: what production reads from the store must be what
// next dev compiles live, method by method, so a route renders the same page from either.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'data-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const current = await loadLive();
const live = liveOf(current);
const siteUrl = 'https://learn.example.org';
await compileStore(current.library, {
  out: dir,
  perShard: 8,
  siteUrl,
  prerenderLimit: prerenderLimit(),
  cache: false,
  threads: 0,
});
const reader = openStoreAt(dir);
const stored = storedFrom(() => reader);

describe('the data facade: the store against the live compile', () => {
  it('gives the same subjects, counts, latest articles, sitemaps and prerender list', () => {
    expect(stored.subjects()).toEqual(live.subjects());
    expect(stored.articleCount()).toBe(live.articleCount());
    expect(stored.latest(50)).toEqual(live.latest(50));
    expect(stored.latest(3)).toEqual(live.latest(3));
    expect(stored.sitemaps()).toEqual(live.sitemaps());
    for (const { name } of live.sitemaps()) expect(stored.sitemap(name)).toEqual(live.sitemap(name));
    expect([...stored.prerendered()].sort()).toEqual([...live.prerendered()].sort());
  });

  it('gives every subject page and every slice of cards the same, across shard boundaries', () => {
    for (const subject of live.subjects()) {
      for (let page = 0; page <= Math.ceil(subject.count / PAGE_SIZE) + 1; page++)
        expect(stored.subjectPage(subject.slug, page), `${subject.slug} ${page}`).toEqual(
          live.subjectPage(subject.slug, page),
        );
      expect(stored.subjectCards(subject.slug, 1, 5)).toEqual(live.subjectCards(subject.slug, 1, 5));
      expect(stored.subjectCards(subject.slug, 0, 10_000)).toHaveLength(subject.count);
    }
    expect(stored.subjectPage('no-such-subject', 1)).toBeUndefined();
  });

  it('gives every article the same record, card and Markdown copy, and nothing for unknown urls', () => {
    for (const { url } of current.library.articles) {
      expect(stored.article(url), url).toEqual(live.article(url));
      expect(stored.card(url)).toEqual(live.card(url));
      expect(stored.markdown(url)).toEqual(live.markdown(url));
    }
    for (const url of ['/learn/biology/questions/nope', '/learn/biology', '']) {
      expect(stored.article(url)).toBeUndefined();
      expect(live.article(url)).toBeUndefined();
    }
  }, 60_000);
});
