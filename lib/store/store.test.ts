import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it } from 'vitest';
import { ArticleView } from '@/components/article-view';
import { renderMarkdown } from '@/pipeline/markdown/render';
import { makeArticle } from '@/pipeline/content/__fixtures__/make';
import { compileArticle, compileMarkdown, toCard } from '@/pipeline/compile/record';
import { comparePrerenderOrder } from '@/pipeline/compile/prerender';
import { compileStore } from '@/pipeline/compile/store';
import { scanContent } from '@/pipeline/scan';
import { buildLibrary } from '@/pipeline/content/library';
import { compileListings, storeOrder } from '@/pipeline/compile/listings';
import { getRelated } from '@/pipeline/compile/related';
import { articleMetadata } from '@/lib/seo/metadata';
import { articleJsonLd } from '@/lib/seo/structured-data';
import { openStoreAt } from './read';
import { urlIndex } from './urls';
import type { ArticleRecord } from './types';

const { articles } = await scanContent({ dir: path.join(process.cwd(), 'content'), cache: false });
const library = buildLibrary(articles.filter((a) => !a.draft));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
// Small shards, so that records are looked up across several shards and inside each.
const compileOptions = { siteUrl: 'https://learn.example.org', prerenderLimit: 3, cache: false, threads: 0 } as const;
const manifest = await compileStore(library, { ...compileOptions, out: dir, perShard: 16 });
const reader = openStoreAt(dir);
const page = (record: ArticleRecord) => renderToStaticMarkup(createElement(ArticleView, { article: record }));

describe('the compiled content store', () => {
  it('shards the bundled library and lists its subjects', () => {
    expect(manifest.articles).toBe(library.articles.length);
    expect(manifest.shards).toBe(Math.ceil(library.articles.length / 16));
    expect(fs.readdirSync(path.join(dir, 'shards'))).toHaveLength(manifest.shards);
    expect(fs.readdirSync(path.join(dir, 'cards'))).toHaveLength(manifest.shards);
    expect(fs.readdirSync(path.join(dir, 'markdown'))).toHaveLength(manifest.shards);
    expect(reader.manifest.subjects).toEqual(library.subjects);
  });

  it('gives back, for every article, the record that renders the same page as its Markdown', () => {
    for (const article of library.articles) {
      const stored = reader.read(article.url);
      const live = compileArticle(library, article);
      expect(stored, article.url).toEqual(live);
      if (!stored) continue;
      expect(stored.answerHtml).toBe(renderMarkdown(article.answerMarkdown));
      expect(stored.related.map((c) => c.url)).toEqual(getRelated(library, article, 5).map((a) => a.url));
      expect(page(stored)).toBe(page(live));
      expect(page(stored)).toContain(stored.answerHtml);
      expect(articleMetadata(stored)).toEqual(articleMetadata(live));
      expect(articleJsonLd(stored)).toEqual(articleJsonLd(live));
      expect(reader.card(article.url)).toEqual(toCard(article));
      expect(reader.markdown(article.url)).toEqual(compileMarkdown(article));
    }
  }, 30_000);

  it('answers undefined for an unknown URL, also one whose shard exists', () => {
    const first = library.articles[0];
    expect(reader.read('/learn/biology/questions/not-an-article')).toBeUndefined();
    expect(reader.read(`${first?.url}x`)).toBeUndefined();
    expect(reader.read(first?.url.toUpperCase() ?? '')).toBeUndefined();
    expect(reader.card('/learn/biology/questions/not-an-article')).toBeUndefined();
    expect(reader.markdown('/learn/biology/questions/not-an-article')).toBeUndefined();
  });

  it('lists the prerendered articles in store order, so consecutive pages share a shard', () => {
    const order = storeOrder(library).map((a) => a.url);
    const expected = [...library.articles].sort(comparePrerenderOrder).slice(0, 3);
    expect(reader.prerendered()).toHaveLength(3);
    expect(reader.prerendered()).toEqual(
      expected.map((a) => a.url).sort((a, b) => order.indexOf(a) - order.indexOf(b)),
    );
  });

  it('keeps a hostile question on one line of its shard', async () => {
    const question = 'Why "quotes" \\ and \u2028 {"url":"/learn/x/questions/y",}?';
    const hostile = makeArticle({ id: 9, question, slug: 'hostile' });
    const small = buildLibrary([hostile, makeArticle({ id: 10, question: 'Other?' })]);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'store-'));
    await compileStore(small, { ...compileOptions, out });
    expect(openStoreAt(out).read(hostile.url)?.question).toBe(question);
    fs.rmSync(out, { recursive: true, force: true });
  });
});

describe('the listings in the store', () => {
  it('give every subject page, llms page, feed item and sitemap the live compile gives', () => {
    for (const subject of library.subjects) {
      const list = library.bySubject.get(subject.slug) ?? [];
      const start =
        manifest.offsets[manifest.subjects.indexOf(manifest.subjects.find((s) => s.slug === subject.slug)!)] ?? -1;
      expect(reader.cards(start, start + list.length)).toEqual(list.map(toCard));
    }
    const listings = compileListings(library);
    expect(reader.latest()).toEqual(listings.latest);
    expect(manifest.sitemaps).toEqual(listings.sitemaps.map((s) => s.child));
    for (const { child, entries } of listings.sitemaps) expect(reader.sitemap(child.name)).toEqual(entries);
    expect(reader.sitemap('nope.xml')).toBeUndefined();
  });

  it('read across shard boundaries, clipped to the store', () => {
    const all = storeOrder(library).map(toCard);
    expect(reader.cards(10, 40)).toEqual(all.slice(10, 40));
    expect(reader.cards(all.length - 2, all.length + 50)).toEqual(all.slice(-2));
    expect(reader.cards(-5, 2)).toEqual(all.slice(0, 2));
  });
});

describe('the prerender order', () => {
  it('ties on score and date fall back to the lowest id', () => {
    const a = makeArticle({ id: 7, question: 'Same day one?' });
    const b = makeArticle({ id: 3, question: 'Same day two?' });
    const newer = makeArticle({ id: 9, question: 'Newer?', date: '2024-06-01' });
    expect([a, b, newer].sort(comparePrerenderOrder).map((x) => x.id)).toEqual([9, 3, 7]);
  });
});

describe('the numbered listing pages', () => {
  // One subject of 95 articles: pages 1 to 4 of 30.
  const many = buildLibrary(
    Array.from({ length: 95 }, (_, i) => makeArticle({ id: i + 1, question: `Why is question ${i + 1} asked?` })),
  );
  const compile = async (prerenderLimit: number) => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'store-'));
    await compileStore(many, { ...compileOptions, prerenderLimit, out });
    const urls = urlIndex(fs.readFileSync(path.join(out, 'urls.bin')));
    const store = openStoreAt(out);
    const read = { urls, prerendered: store.prerendered(), articles: store.manifest.articles };
    fs.rmSync(out, { recursive: true, force: true });
    return read;
  };

  it('are all in the URL index, with no shard, and no page past the last is', async () => {
    const { urls, articles } = await compile(3);
    expect(articles).toBe(95);
    for (const n of [2, 3, 4]) {
      expect(urls.has(`/learn/biology/page/${n}`), `page ${n}`).toBe(true);
      expect(urls.shard(`/learn/biology/page/${n}`)).toBeUndefined();
    }
    expect(urls.has('/learn/biology/page/5')).toBe(false);
    expect(urls.has('/learn/biology/page/1')).toBe(false);
    expect(urls.shard(many.articles[0]!.url)).toBe(0);
  });

  it('are built ahead as far as the prerendered articles would fill them', async () => {
    const listings = (urls: string[]) => urls.filter((url) => url.includes('/page/'));
    expect(listings((await compile(3)).prerendered)).toEqual([]);
    expect(listings((await compile(31)).prerendered)).toEqual(['/learn/biology/page/2']);
    expect(listings((await compile(1000)).prerendered)).toEqual([2, 3, 4].map((n) => `/learn/biology/page/${n}`));
  });
});
