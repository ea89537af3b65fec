import { createHash } from 'node:crypto';
import type { Article, Subject } from '@/pipeline/content/types';
import { toPlainText } from '@/pipeline/markdown/plain';
import { encodePack, type DocRecord } from '@/lib/search/doc-pack';
import {
  bucketCount,
  dictionaryKey,
  englishFile,
  INDEX_FORMAT,
  packFile,
  shardFile,
  shardOf,
  wordBucketOf,
  wordFile,
  type SearchManifest,
} from '@/lib/search/format';
import { encodeShard } from '@/lib/search/shard';
import { compounds, words } from '@/lib/search/text';
import { encodeWordList } from '@/lib/search/word-list';
import { slugify } from '@/lib/text/slug';
import { PostingsBuilder } from './accumulate';
import { ENGLISH_BUCKETS, englishFiles } from './english';
import { snippetText } from './snippet';
import { dictionaryWords, scoreTerms, synonymStems } from './terms';
import { loadWordNet } from './wordnet';

/** What the index held of each answer before whole answers were indexed (the Pagefind comparison still cuts there). */
export const SEARCH_TEXT_LENGTH = 400;

/**
 * `expand`: add WordNet synonyms of question and keyword words (on by default). `english`: mark real
 * English words the site never uses, so they are never "corrected" (on by default). The bucket sizes
 * are for tests that cut the index finer than its size would.
 */
export type SearchIndexOptions = {
  expand?: boolean;
  english?: boolean;
  shards?: number;
  wordBuckets?: number;
  pack?: number;
};

/** Documents per pack: a result reads two byte ranges of its pack, so a pack may be large. */
const PACK = 1024;

/** Builds every file of the index in memory; paths are relative to /search-index/. Drafts are never indexed. */
export function buildSearchFiles(
  articles: readonly Article[],
  subjects: readonly Subject[],
  options: SearchIndexOptions = {},
) {
  const { expand = true, english = true } = options;
  const docs: Article[] = [];
  const ranges: SearchManifest['subjects'] = [];
  for (const subject of subjects) {
    const start = docs.length;
    for (const article of articles) if (article.subjectSlug === subject.slug && !article.draft) docs.push(article);
    if (docs.length > start) ranges.push({ name: subject.name, slug: subject.slug, start, end: docs.length });
  }
  const manifest: SearchManifest = {
    format: INDEX_FORMAT,
    version: '',
    docs: docs.length,
    subjects: ranges,
    // Counts follow the library's size in powers of two, so an edit never moves a term to another file.
    shards: options.shards ?? bucketCount(docs.length, 24, 4096),
    words: options.wordBuckets ?? bucketCount(docs.length, 400, 256),
    english: english ? ENGLISH_BUCKETS : 0,
    pack: options.pack ?? PACK,
  };

  const postings = new PostingsBuilder();
  const dictionary = new Map<string, number>();
  const texts = docs.map((article) => toPlainText(article.answerMarkdown));
  const averageLength = roundedAverage(texts.reduce((sum, text) => sum + text.length, 0) / Math.max(1, texts.length));
  const synonyms = expand ? synonymStems(loadWordNet()) : undefined;
  const records: DocRecord[] = docs.map((article, doc) => {
    const text = texts[doc] ?? '';
    const body = { list: words(text), joined: compounds(text), length: text.length, averageLength };
    for (const [term, score] of scoreTerms(article, body, synonyms)) postings.add(term, doc, score);
    const head = `${article.question} ${article.seo.keywords.join(' ')}`;
    for (const word of dictionaryWords(
      words(head),
      compounds(head).flatMap(words),
      body.list,
      body.joined.flatMap(words),
    ))
      dictionary.set(word, (dictionary.get(word) ?? 0) + 1);
    const slug = article.slug === slugify(article.question) ? '' : article.slug;
    return { slug, question: article.question, snippet: snippetText(article.answerMarkdown) };
  });

  const shards: [string, number, Uint8Array][][] = Array.from({ length: manifest.shards }, () => []);
  for (const entry of postings.terms()) shards[shardOf(manifest, entry[0])]?.push(entry);
  const buckets: [string, number][][] = Array.from({ length: manifest.words }, () => []);
  for (const entry of dictionary) buckets[wordBucketOf(manifest, dictionaryKey(entry[0]))]?.push(entry);
  const bodies: [(m: SearchManifest, i: number) => string, Uint8Array[]][] = [
    [shardFile, shards.map(encodeShard)],
    [wordFile, buckets.map((list) => encodeWordList(list, true))],
    [englishFile, english ? englishFiles(manifest, dictionary) : []],
    [packFile, packs(records, manifest.pack)],
  ];

  const hash = createHash('sha256').update(JSON.stringify(manifest));
  for (const [, list] of bodies) for (const body of list) hash.update(`${body.length}\n`).update(body);
  manifest.version = hash.digest('hex').slice(0, 12);
  const files = new Map<string, Uint8Array>([['manifest.json', new TextEncoder().encode(JSON.stringify(manifest))]]);
  for (const [name, list] of bodies) list.forEach((body, i) => files.set(name(manifest, i), body));
  return { manifest, files };
}

/**
 * BM25's average answer length, rounded to a sixteenth of a doubling (about 4%): an edit of one article moves the
 * true average a little, and with it every article's scores; rounded, it almost never does.
 */
const roundedAverage = (average: number) => (average > 0 ? 2 ** (Math.round(Math.log2(average) * 16) / 16) : 0);

function packs(records: readonly DocRecord[], size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < records.length; i += size) out.push(encodePack(records.slice(i, i + size)));
  return out;
}
