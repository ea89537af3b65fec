import { describe, expect, it, vi } from 'vitest';
import { loadLibrary } from '@/pipeline/live';
import { HOSTILE_ANSWERS } from '@/pipeline/content/__fixtures__/hostile';
import { makeArticle } from '@/pipeline/content/__fixtures__/make';
import { toPlainText } from '@/pipeline/markdown/plain';
import { buildSearchFiles } from '@/pipeline/search-index/build';
import { createSearchEngine, type SearchOptions } from './engine';
import { memorySource } from './__fixtures__/memory-source';
import { decodeShard } from './shard';
import { MAX_QUERY_WORDS, parseQuery } from './query';
import { snippet, terms } from './text';

const library = await loadLibrary();

const SEED =
  '/learn/business-and-management/questions/how-does-operations-management-contribute-to-organizational-efficiency';

async function engineFor(options?: Parameters<typeof buildSearchFiles>[2]) {
  const { files, manifest } = await buildSearchFiles(library.articles, library.subjects, options);
  const fetched: string[] = [];
  const engine = createSearchEngine(memorySource(files, fetched));
  return { engine, files, manifest, fetched };
}

/** An index cut far finer than its size would be, which must answer exactly as the default one does. */
const FINE = { shards: 1024, wordBuckets: 64, pack: 3 };

let shared: ReturnType<typeof engineFor> | undefined;
const urls = async (query: string, options?: SearchOptions) =>
  (await (await (shared ??= engineFor())).engine.search(query, options)).hits.map((hit) => hit.url);

// Building the index loads WordNet once per process (a few seconds on a busy machine).
describe('search index over the bundled articles', { timeout: 60_000 }, () => {
  it('lists the seed article first for "operations management"', async () => {
    const { hits, total } = await (await engineFor()).engine.search('operations management');
    expect(hits[0]?.url).toBe(SEED);
    expect(hits[0]?.subject).toBe('Business and Management');
    expect(total).toBeGreaterThanOrEqual(1);
    expect(hits[0]?.snippet.some((part) => part.mark && /operations|management/i.test(part.text))).toBe(true);
  });

  it('keeps only documents with every word, else ranks those with the most words as partial matches', async () => {
    const { engine } = await engineFor();
    const all = await engine.search('energy photosynthesis');
    expect(all.total).toBeGreaterThan(0);
    expect(all.partial).toBe(false);
    const byUrl = new Map(library.articles.map((a) => [a.url, a]));
    for (const hit of all.hits) {
      const article = byUrl.get(hit.url);
      expect(hit.missing).toEqual([]);
      expect(terms(`${article?.question} ${toPlainText(article?.answerMarkdown ?? '')}`)).toContain('photosynthesi');
    }
    const some = await engine.search('photosynthesis chlorophyll zzqxjv', { limit: 50 });
    expect(some.partial).toBe(true);
    expect(some.hits[0]?.url).toBe('/learn/biology/questions/what-are-the-main-stages-of-photosynthesis');
    const missing = some.hits.map((hit) => hit.missing.length);
    expect(missing).toEqual([...missing].sort((a, b) => a - b));
    expect(some.hits[0]?.missing).toContain('zzqxjv');
  });

  it('corrects a misspelled word to a common indexed word and says so', async () => {
    const { engine } = await engineFor();
    const typo = await engine.search('Photosynthisis stages');
    expect(typo.corrected).toBe('Photosynthesis stages');
    expect(typo.hits[0]?.url).toBe('/learn/biology/questions/what-are-the-main-stages-of-photosynthesis');
    const asTyped = await engine.search('Photosynthisis stages', { exact: true });
    expect(asTyped.corrected).toBeUndefined();
    // As typed, the rare word matches nothing, and "stages" alone is no answer.
    expect(asTyped.total).toBe(0);
    expect(asTyped.unmatched).toEqual(['photosynthisis']);
    // A "correction" that meets none of the other words is no correction.
    expect((await engine.search('osmosis zebrafish')).corrected).toBeUndefined();
  });

  it('uses a named subject as a filter, not as a scored word', async () => {
    const { engine } = await engineFor();
    const found = await engine.search('biology osmsis');
    expect(found.subject).toBe('Biology');
    expect(found.hits[0]?.url).toBe('/learn/biology/questions/how-does-osmosis-affect-animal-and-plant-cells');
    expect(new Set(found.hits.map((hit) => hit.subject))).toEqual(new Set(['Biology']));
  });

  it('matches a submitted word whole, and the word being typed as a prefix', async () => {
    const { engine } = await engineFor();
    const submitted = await engine.search('war', { limit: 50 });
    expect(submitted.hits.map((hit) => hit.url)).not.toContain(
      '/learn/environmental-science/questions/how-does-the-greenhouse-effect-keep-earth-warm',
    );
    const typing = await engine.search('war', { limit: 50, typing: true });
    expect(typing.hits.map((hit) => hit.url)).toContain(
      '/learn/environmental-science/questions/how-does-the-greenhouse-effect-keep-earth-warm',
    );
    expect((await engine.search('war ', { limit: 50, typing: true })).total).toBe(submitted.total);
  });

  it('narrows to a subject and counts matches per subject', async () => {
    const { engine } = await engineFor();
    const all = await engine.search('energy');
    const physics = await engine.search('energy', { subject: 'Physics' });
    expect(physics.total).toBe(all.bySubject.Physics);
    expect(physics.total).toBeLessThan(all.total);
    expect(new Set(physics.hits.map((hit) => hit.subject))).toEqual(new Set(['Physics']));
  });

  it('matches word forms by stem and the last word as a prefix', async () => {
    expect((await urls('managing operations'))[0]).toBe(SEED);
    expect((await urls('photosynth')).length).toBeGreaterThan(0);
    expect((await urls('decisionmaking'))[0]).toBe(
      '/learn/business-and-management/questions/can-you-explain-some-contemporary-decisionmaking-models',
    );
    expect((await urls('decision-making models'))[0]).toBe(
      '/learn/business-and-management/questions/can-you-explain-some-contemporary-decisionmaking-models',
    );
    expect(await urls('zzqxjv')).toEqual([]);
    expect(await urls('the of how')).toEqual([]);
    for (const partial of ['elasticit', 'managem', 'organizati', 'efficienc', 'inflatio', 'evolutio'])
      expect(await urls(partial), partial).not.toEqual([]);
  });

  it('matches a partial word however the index is cut, down to a shard per few terms', async () => {
    const fine = await engineFor(FINE);
    for (const query of ['elasticit', 'organizati culture', 'con', 'photosynth']) {
      const coarse = await (await engineFor()).engine.search(query, { limit: 50, typing: true });
      expect(coarse.total, query).toBeGreaterThan(0);
      expect(await fine.engine.search(query, { limit: 50, typing: true })).toEqual(coarse);
    }
    expect(await fine.engine.search('elasticit')).toEqual(await (await engineFor()).engine.search('elasticit'));
  });

  it('gives the same results however the index is cut into shards, buckets and packs', async () => {
    const fine = await engineFor(FINE);
    const coarse = await engineFor();
    expect(fine.manifest.shards).toBeGreaterThan(20 * coarse.manifest.shards);
    for (const query of [
      'operations management',
      'energy',
      'cell',
      'supply and demand',
      'photos',
      'opperations managment',
      'why did rome fall',
    ]) {
      expect(await fine.engine.search(query, { limit: 50 })).toEqual(await coarse.engine.search(query, { limit: 50 }));
    }
  });

  it("fetches only the manifest, the query words' shards and two small ranges per shown result", async () => {
    const { engine, fetched, manifest, files } = await engineFor(FINE);
    const { hits } = await engine.search('operations management', { limit: 5 });
    const shards = fetched.filter((file) => file.includes('/t/'));
    const ranges = fetched.filter((file) => file.includes('/d/'));
    expect(fetched[0]).toBe('manifest.json');
    // A shard per word, per related form or synonym and for the pair; no dictionary: both words are known.
    expect(shards.length).toBeLessThanOrEqual(4);
    expect(fetched.filter((file) => file.includes('/w/'))).toEqual([]);
    expect(ranges.every((range) => /@\d+-\d+$/.test(range))).toBe(true);
    expect(ranges.length).toBe(2 * hits.length);
    expect(fetched.length).toBeLessThan(files.size / 10);
    for (const file of shards) expect(decodeShard(files.get(file) ?? new Uint8Array()).terms.size).toBeGreaterThan(0);
    expect(manifest.docs).toBe(library.articles.length);
  });

  it('names the folder by content, so a changed index never mixes with cached files', async () => {
    const a = (await buildSearchFiles(library.articles, library.subjects)).manifest.version;
    const b = (await buildSearchFiles(library.articles.slice(1), library.subjects)).manifest.version;
    expect(a).toMatch(/^[0-9a-f]{12}$/);
    expect(b).not.toBe(a);
    expect((await buildSearchFiles(library.articles, library.subjects)).manifest.version).toBe(a);
  });
});

describe('hostile and odd input', () => {
  it('indexes words like __proto__ and hostile answers as plain data', async () => {
    const articles = [
      makeArticle({
        id: 1,
        question: 'What is __proto__ or constructor in JavaScript?',
        answer: 'The __proto__ "accessor" links objects.',
      }),
      ...Object.values(HOSTILE_ANSWERS).map((answer, i) =>
        makeArticle({ id: 10 + i, question: `Hostile case ${i}?`, answer }),
      ),
    ];
    const subjects = [{ name: 'Biology', slug: 'biology', count: articles.length }];
    const { files } = await buildSearchFiles(articles, subjects);
    const engine = createSearchEngine(memorySource(files));
    const proto = await engine.search('__proto__ constructor');
    expect(proto.hits.map((hit) => hit.question)).toEqual(['What is __proto__ or constructor in JavaScript?']);
    const hostile = await engine.search('hostile case', { limit: 50 });
    expect(hostile.total).toBe(Object.keys(HOSTILE_ANSWERS).length);
    for (const hit of hostile.hits) expect(hit.snippet.map((p) => p.text).join('')).not.toMatch(/<script|onerror=/i);
  });
});

describe('hostile queries', () => {
  it('answers long, empty, punctuation-only, unicode and prototype-named queries sanely, reading few files', async () => {
    const { engine, fetched } = await engineFor();
    const essay = Array.from({ length: 2000 }, (_, i) => ['osmosis', 'cells', 'water', 'membrane'][i % 4]).join(' ');
    const long = await engine.search(essay);
    expect(long.hits[0]?.url).toBe('/learn/biology/questions/how-does-osmosis-affect-animal-and-plant-cells');
    // Only the first words count: a pasted list of made-up words reads 12 of them and answers nothing.
    const junk = await engine.search(Array.from({ length: 2000 }, (_, i) => `zq${i}x osmosis`).join(' '));
    expect(junk.total).toBe(0);
    expect((await engine.search('a'.repeat(100_000))).total).toBe(0);
    for (const query of [
      '',
      '   ',
      '?!.,;:()[]{}<>/\\|-_=+*&^%$#@~`"\'',
      '\u0000\u200b\ufeff',
      '🙂🙂🙂',
      'שלום עולם',
      '日本語のテキスト',
      'e\u0301'.repeat(500),
    ]) {
      const outcome = await engine.search(query);
      expect(
        outcome.hits.every((hit) => hit.url.startsWith('/learn/')),
        query,
      ).toBe(true);
    }
    for (const query of ['__proto__', 'constructor', 'toString hasOwnProperty', 'prototype valueOf']) {
      const outcome = await engine.search(query, { typing: true });
      expect(Array.isArray(outcome.hits), query).toBe(true);
    }
    // Whole files read (each shown result adds two small byte ranges of its pack).
    expect(fetched.filter((file) => !file.includes('@')).length).toBeLessThan(60);
  });
});

describe('query words and snippets', () => {
  it('drops stopwords and filler, folds accents and apostrophes, knows whether the last word is open', () => {
    const parsed = parseQuery('Can you please explain how Piaget’s théory works?');
    expect(parsed.words.map((w) => w.stem)).toEqual(['piaget', 'theori']);
    expect(parsed.open).toBe(false);
    expect(parseQuery('piaget theo').open).toBe(true);
    expect(parseQuery('first world war causes').words.map((w) => w.word)).toEqual(['ww1', 'causes']);
    expect(parseQuery('why did Rome fall').words[0]?.related.map(([s]) => s)).toContain('roman');
    expect(parseQuery(Array.from({ length: 2000 }, (_, i) => `w${i}`).join(' ')).words).toHaveLength(MAX_QUERY_WORDS);
  });

  it('highlights matched words around the first match without inserting markup', () => {
    const text = `${'lead '.repeat(40)}the <b>cells</b> divide, and cell walls hold. ${'tail '.repeat(40)}`;
    const parts = snippet(text, new Set(['cell']));
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['cells', 'cell']);
    expect(parts[0]?.text.startsWith('…')).toBe(true);
    const joined = parts.map((p) => p.text).join('');
    expect(joined.endsWith('…')).toBe(true);
    expect(joined.slice(1, -1).split(' ')).toHaveLength(28);
    expect(joined.startsWith('…lead lead lead lead lead the <b>cells</b>')).toBe(true);
    expect(parts.map((p) => p.text).join('')).toContain('<b>');
  });
});

describe('drafts', () => {
  it('never indexes a draft, whatever NODE_ENV says', async () => {
    const published = makeArticle({ id: 1, question: 'What is osmosis?' });
    const draft = makeArticle({ id: 2, question: 'What is a secret qxvdraft about osmosis?', extra: 'draft: true\n' });
    expect(draft.draft).toBe(true);
    const subjects = [{ name: 'Biology', slug: 'biology', count: 2 }];
    for (const env of [undefined, 'development', 'test', 'production']) {
      vi.stubEnv('NODE_ENV', env);
      const { files, manifest } = await buildSearchFiles([published, draft], subjects);
      expect(manifest.docs).toBe(1);
      const text = (body: Uint8Array) => Buffer.from(body).toString('latin1');
      expect([...files.values()].map(text).join('\n')).not.toMatch(/qxvdraft/);
      // "secret" is an English word, so WordNet's list (e/) holds it; no file made from articles may.
      const fromArticles = [...files].filter(([file]) => !file.includes('/e/'));
      expect(fromArticles.map(([, body]) => text(body)).join('\n')).not.toMatch(/secret/);
      const engine = createSearchEngine(memorySource(files));
      expect((await engine.search('osmosis')).hits.map((hit) => hit.question)).toEqual(['What is osmosis?']);
    }
    vi.unstubAllEnvs();
  });
});
