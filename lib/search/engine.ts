import { blockFile, shardFile, type DocRecord, type SearchManifest, type Shard } from './format';
import { parseQuery, snippet, type QueryTerm, type TextPart } from './text';

/** Fetches one file of the index (path relative to /search-index/) and parses its JSON. */
export type IndexLoader = (file: string) => Promise<unknown>;

export type SearchHit = { url: string; question: string; subject: string; snippet: TextPart[] };
export type SearchOutcome = { total: number; bySubject: Record<string, number>; hits: SearchHit[] };
/** `all` keeps documents with every word (the search page); `any` ranks by any word (404 suggestions). */
export type SearchOptions = { subject?: string; offset?: number; limit?: number; mode?: 'all' | 'any' };

/** A prefix matches at most this many shards' worth of terms; shorter prefixes only match exactly. */
const PREFIX_SHARDS = 3;
/** An expansion of the word being typed counts a little less than the exact word. */
const PREFIX_DISCOUNT = 0.7;

export function createSearchEngine(load: IndexLoader) {
  let manifest: Promise<SearchManifest> | undefined;
  const files = new Map<string, Promise<unknown>>();
  const cached = <T>(file: string) => {
    let pending = files.get(file);
    if (!pending) {
      pending = load(file);
      files.set(file, pending);
      pending.catch(() => files.delete(file));
    }
    return pending as Promise<T>;
  };

  async function getManifest() {
    manifest ??= load('manifest.json') as Promise<SearchManifest>;
    manifest.catch(() => (manifest = undefined));
    return manifest;
  }

  /** Document -> best score for one query word, over its exact stem and, if typed last, its expansions. */
  async function match(index: SearchManifest, term: QueryTerm) {
    const scores = new Map<number, number>();
    const found = new Set<string>();
    const first = shardOf(index.shards, term.stem);
    const shardIds = new Set([first]);
    if (term.prefix) {
      const from = shardOf(index.shards, term.prefix);
      let to = from;
      while (to + 1 < index.shards.length && (index.shards[to + 1] ?? '') <= `${term.prefix}\uffff`) to++;
      if (to - from < PREFIX_SHARDS) for (let i = from; i <= to; i++) shardIds.add(i);
    }
    const shards = await Promise.all([...shardIds].map((i) => cached<Shard>(shardFile(index, i))));
    for (const shard of shards) {
      for (const [key, list] of Object.entries(shard)) {
        const exact = key === term.stem;
        if (!exact && !(term.prefix && key.startsWith(term.prefix))) continue;
        found.add(key);
        const df = list.length / 2;
        const weight = Math.log(1 + (index.docs - df + 0.5) / (df + 0.5)) * (exact ? 1 : PREFIX_DISCOUNT);
        for (let i = 0, doc = 0; i < list.length; i += 2) {
          doc += list[i] ?? 0;
          const score = weight * (list[i + 1] ?? 0);
          if (score > (scores.get(doc) ?? 0)) scores.set(doc, score);
        }
      }
    }
    return { scores, found };
  }

  async function search(query: string, options: SearchOptions = {}): Promise<SearchOutcome> {
    const { subject, offset = 0, limit = 20, mode = 'all' } = options;
    const queryTerms = parseQuery(query);
    if (queryTerms.length === 0) return { total: 0, bySubject: {}, hits: [] };
    const index = await getManifest();
    const matches = await Promise.all(queryTerms.map((term) => match(index, term)));
    const totals = new Map<number, number>();
    const smallest = [...matches].sort((a, b) => a.scores.size - b.scores.size)[0]?.scores ?? new Map<number, number>();
    const candidates = mode === 'all' ? smallest.keys() : new Set(matches.flatMap((m) => [...m.scores.keys()]));
    for (const doc of candidates) {
      let total = 0;
      for (const { scores } of matches) {
        const score = scores.get(doc);
        if (score === undefined && mode === 'all') {
          total = -1;
          break;
        }
        total += score ?? 0;
      }
      if (total >= 0) totals.set(doc, total);
    }

    const bySubject: Record<string, number> = {};
    for (const range of index.subjects) {
      let count = 0;
      for (const doc of totals.keys()) if (doc >= range.start && doc < range.end) count++;
      if (count > 0) bySubject[range.name] = count;
    }
    const scope = index.subjects.find((range) => range.name === subject);
    const ranked = [...totals]
      .filter(([doc]) => !scope || (doc >= scope.start && doc < scope.end))
      .sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const matched = new Set(matches.flatMap((m) => [...m.found]));
    const hits = await Promise.all(ranked.slice(offset, offset + limit).map(([doc]) => hit(index, doc, matched)));
    return { total: ranked.length, bySubject, hits };
  }

  async function hit(index: SearchManifest, doc: number, matched: ReadonlySet<string>): Promise<SearchHit> {
    const block = await cached<DocRecord[]>(blockFile(index, Math.floor(doc / index.blockSize)));
    const [url, question, text] = block[doc % index.blockSize] ?? ['', '', ''];
    const subject = index.subjects.find((range) => doc >= range.start && doc < range.end)?.name ?? '';
    return { url, question, subject, snippet: snippet(text, matched) };
  }

  return { search };
}

/** The last shard whose first term is at most `term` (shards are sorted by first term). */
function shardOf(firsts: readonly string[], term: string): number {
  let low = 0;
  let high = firsts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((firsts[mid] ?? '') <= term) low = mid;
    else high = mid - 1;
  }
  return low;
}
