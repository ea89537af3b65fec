import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it } from 'vitest';
import { ArticleView } from '@/components/article-view';
import { renderMarkdown } from '@/lib/markdown';
import { articleMetadata } from '@/lib/seo';
import { articleJsonLd } from '@/lib/structured-data';
import { makeArticle } from '../__fixtures__/make';
import { comparePrerenderOrder, scanContent } from '../index';
import { buildLibrary } from '../library';
import { compileArticle, compileMarkdown, type ArticleRecord } from '../record';
import { getRelated } from '../related';
import { openStoreAt } from './read';
import { writeStore } from './write';

const { articles } = scanContent(path.join(process.cwd(), 'content'));
const library = buildLibrary(articles.filter((a) => !a.draft));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
// Small shards, so that records are looked up across several shards and inside each.
const manifest = writeStore(library, library.articles.slice(0, 3), dir, 16);
const reader = openStoreAt(dir);
const page = (record: ArticleRecord) => renderToStaticMarkup(createElement(ArticleView, { article: record }));

describe('the compiled content store', () => {
  it('shards the bundled library and lists its subjects', () => {
    expect(manifest.articles).toBe(library.articles.length);
    expect(manifest.shards).toBe(Math.ceil(library.articles.length / 16));
    expect(fs.readdirSync(path.join(dir, 'shards'))).toHaveLength(manifest.shards);
    expect(fs.readdirSync(path.join(dir, 'titles'))).toHaveLength(manifest.shards);
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
      expect(reader.title(article.url)).toEqual({ url: article.url, question: article.question, subject: article.subject });
      expect(reader.markdown(article.url)).toEqual(compileMarkdown(article));
    }
  }, 30_000);

  it('answers undefined for an unknown URL, also one whose shard exists', () => {
    const first = library.articles[0];
    expect(reader.read('/learn/biology/questions/not-an-article')).toBeUndefined();
    expect(reader.read(`${first?.url}x`)).toBeUndefined();
    expect(reader.read(first?.url.toUpperCase() ?? '')).toBeUndefined();
    expect(reader.title('/learn/biology/questions/not-an-article')).toBeUndefined();
    expect(reader.markdown('/learn/biology/questions/not-an-article')).toBeUndefined();
  });

  it('lists the prerendered articles in store order, so consecutive pages share a shard', () => {
    const order = library.subjects.flatMap((s) => library.bySubject.get(s.slug) ?? []).map((a) => a.url);
    const expected = library.articles.slice(0, 3).sort((a, b) => order.indexOf(a.url) - order.indexOf(b.url));
    expect(reader.prerendered()).toEqual(expected.map((a) => [a.subjectSlug, a.slug]));
  });

  it('keeps a hostile question on one line of its shard', () => {
    const question = 'Why "quotes" \\ and \u2028 {"url":"/learn/x/questions/y",}?';
    const hostile = makeArticle({ id: 9, question, slug: 'hostile' });
    const small = buildLibrary([hostile, makeArticle({ id: 10, question: 'Other?' })]);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'store-'));
    writeStore(small, [], out);
    expect(openStoreAt(out).read(hostile.url)?.question).toBe(question);
    fs.rmSync(out, { recursive: true, force: true });
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
