// An edit's update of the last index: the changed batches are analysed again and their documents' postings, records
// and dictionary counts replace the old ones. The files are byte for byte those a build from scratch writes.
import { decodePack, encodePack, type DocRecord } from '@/lib/search/doc-pack';
import { dictionaryKey, shardOf, wordBucketOf } from '@/lib/search/format';
import { encodeTiers, forEachPosting } from '@/lib/search/postings';
import { decodeShard, encodeShard } from '@/lib/search/shard';
import { decodeWordList } from '@/lib/search/word-list';
import { englishFiles } from './english';
import { roundedAverage, wordBuckets, type Analysis, type IndexParts } from './parts';
import type { Previous } from './saved';

/** A term's new postings from the changed batches: documents and scores, documents ascending. */
type Added = { docs: number[]; scores: number[] };

/**
 * The updated parts, or undefined when the edit moved the library's average answer length (every score moves) or
 * the saved counts do not add up (a state from another library): the caller then builds from scratch.
 */
export async function updateParts(work: Analysis, previous: Previous): Promise<IndexParts | undefined> {
  const { manifest, batches, size } = work;
  const { changed } = previous;
  const lengthSums = [...previous.lengthSums];
  const sums = await work.lengths(changed.map((b) => batches[b] ?? []));
  changed.forEach((b, i) => (lengthSums[b] = sums[i] ?? 0));
  const averageLength = roundedAverage(lengthSums, manifest.docs);
  if (averageLength !== previous.averageLength) return undefined;

  const added = new Map<string, Added>();
  const records = new Map<number, DocRecord>();
  const counts = new Map<string, number>();
  const dictionaries = [...previous.dictionaries];
  const count = ({ words, wordDocs }: { words: string[]; wordDocs: Int32Array }, sign: number) =>
    words.forEach((word, i) => counts.set(word, (counts.get(word) ?? 0) + sign * (wordDocs[i] ?? 0)));
  let at = 0;
  for await (const analysis of work.analyze(
    changed.map((b) => batches[b] ?? []),
    averageLength,
  )) {
    const b = changed[at++] ?? 0;
    const first = b * size;
    const { terms, postings } = analysis;
    for (let i = 0; i < postings.length; i += 3) {
      const term = terms[postings[i] ?? 0] ?? '';
      let list = added.get(term);
      if (!list) added.set(term, (list = { docs: [], scores: [] }));
      list.docs.push(first + (postings[i + 1] ?? 0));
      list.scores.push(postings[i + 2] ?? 0);
    }
    analysis.records.forEach((record, i) => records.set(first + i, record));
    const before = previous.before.get(b);
    if (before) count(before, -1);
    count(analysis, 1);
    dictionaries[b] = { words: analysis.words, wordDocs: analysis.wordDocs };
  }

  const dictionary = new Map<string, number>();
  for (const body of previous.words) for (const [word, df] of decodeWordList(body, true)) dictionary.set(word, df);
  const dirty = new Set<number>();
  let wordsChanged = false;
  for (const [word, delta] of counts) {
    if (delta === 0) continue;
    const total = (dictionary.get(word) ?? 0) + delta;
    if (total < 0) return undefined;
    wordsChanged ||= total === 0 || !dictionary.has(word);
    if (total === 0) dictionary.delete(word);
    else dictionary.set(word, total);
    dirty.add(wordBucketOf(manifest, dictionaryKey(word)));
  }
  const rewritten = wordBuckets(manifest, dictionary, dirty);

  const inChanged = new Set(changed);
  return {
    shards: updateShards(work, previous.shards, (doc) => inChanged.has(Math.floor(doc / size)), added),
    words: previous.words.map((body, i) => rewritten.get(i) ?? body),
    english: wordsChanged && work.english ? englishFiles(manifest, dictionary) : previous.english,
    packs: previous.packs.map((body, p) => {
      const first = p * manifest.pack;
      if (!changed.some((b) => b * size < first + manifest.pack && (b + 1) * size > first)) return body;
      return encodePack(decodePack(body).map((record, i) => records.get(first + i) ?? record));
    }),
    averageLength,
    lengthSums,
    dictionaries,
    analysed: changed.length,
  };
}

/**
 * Every shard with the changed batches' postings replaced. Each term is decoded (a changed batch may have held any
 * of them), but encoded again only where its postings in the changed batches differ, and a shard only then.
 */
function updateShards(
  { manifest }: Analysis,
  shards: readonly Uint8Array[],
  isChanged: (doc: number) => boolean,
  added: ReadonlyMap<string, Added>,
): Uint8Array[] {
  const addedByShard = new Map<number, string[]>();
  for (const term of added.keys()) {
    const shard = shardOf(manifest, term);
    const list = addedByShard.get(shard);
    if (list) list.push(term);
    else addedByShard.set(shard, [term]);
  }
  return shards.map((body, shard) => {
    const { bytes, terms } = decodeShard(body);
    const entries: [string, number, Uint8Array][] = [];
    let touched = false;
    for (const [term, { df, start, end }] of terms) {
      const old = bytes.subarray(start, end);
      const before: number[] = [];
      forEachPosting(bytes, (doc, score) => void (isChanged(doc) && before.push(doc, score)), start, end);
      const more = added.get(term);
      // Most terms of a changed batch kept their postings there: their bytes stay as they are.
      if (before.length === 0 ? !more : more && samePostings(before, more)) {
        entries.push([term, df, old]);
        continue;
      }
      const tiers = new Map<number, number[]>();
      forEachPosting(
        bytes,
        (doc, score) => {
          if (isChanged(doc)) return;
          const list = tiers.get(score);
          if (list) list.push(doc);
          else tiers.set(score, [doc]);
        },
        start,
        end,
      );
      const merged = more ? mergeTiers(tiers, more) : tiers;
      const total = [...merged.values()].reduce((sum, list) => sum + list.length, 0);
      touched = true;
      if (total > 0) entries.push([term, total, encodeTiers(merged)]);
    }
    for (const term of addedByShard.get(shard) ?? []) {
      if (terms.has(term)) continue;
      const more = added.get(term) as Added;
      entries.push([term, more.docs.length, encodeTiers(mergeTiers(new Map(), more))]);
      touched = true;
    }
    return touched ? encodeShard(entries) : body;
  });
}

/** Whether (document, score) pairs, flat and in tier order, are exactly `more`'s (documents ascending). */
function samePostings(flat: number[], more: Added): boolean {
  if (flat.length !== 2 * more.docs.length) return false;
  const pairs: [number, number][] = [];
  for (let i = 0; i < flat.length; i += 2) pairs.push([flat[i] ?? 0, flat[i + 1] ?? 0]);
  pairs.sort((a, b) => a[0] - b[0]);
  return pairs.every(([doc, score], i) => doc === more.docs[i] && score === more.scores[i]);
}

/** Adds documents to the tiers, keeping each tier ascending (the added documents are none of the tiers'). */
function mergeTiers(tiers: Map<number, number[]>, more: Added): Map<number, number[]> {
  const incoming = new Map<number, number[]>();
  more.docs.forEach((doc, i) => {
    const score = more.scores[i] ?? 0;
    const list = incoming.get(score);
    if (list) list.push(doc);
    else incoming.set(score, [doc]);
  });
  for (const [score, docs] of incoming) {
    const mine = tiers.get(score);
    tiers.set(score, mine ? mergeAscending(mine, docs) : docs);
  }
  return tiers;
}

function mergeAscending(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && (a[i] ?? 0) < (b[j] ?? 0))) out.push(a[i++] ?? 0);
    else out.push(b[j++] ?? 0);
  }
  return out;
}
