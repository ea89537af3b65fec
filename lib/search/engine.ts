import { keepAnswers, unmatchedWords } from './answer';
import { joinAndSplit } from './compound';
import { createIndexReader, type IndexReader, type IndexSource } from './index-reader';
import { dictionaryKey, type SearchManifest } from './format';
import { parseQuery, type QueryWord } from './query';
import { rankDocuments, type Slot } from './rank';
import { completions, correctionKeys, pickCorrection } from './spell';
import { pairTerm, snippet, stem, STOPWORDS, words, type TextPart } from './text';

export type { IndexSource } from './index-reader';

/** `missing`: the query's words this result lacks (a partial match). */
export type SearchHit = { url: string; question: string; subject: string; snippet: TextPart[]; missing: string[] };
/**
 * `partial`: no article holds every word, so these hold the most of them. `corrected`: the query as
 * searched, when a misspelled word was replaced. `subject`: a subject named in the query, used as a filter.
 */
export type SearchOutcome = {
  total: number;
  bySubject: Record<string, number>;
  hits: SearchHit[];
  partial: boolean;
  /** The query's words that no article holds: with no hits, what the site has no answer about yet. */
  unmatched: string[];
  corrected?: string;
  subject?: string;
};
/**
 * `typing`: the last word may be unfinished, so it also matches the words it begins. `exact`: no spelling
 * correction. `loose`: keep every partial match, even on common words alone (a 404 page's guesses).
 * `prefixes: false`: an unknown word is not read as the start of longer words (bounds an agent's query's work).
 */
export type SearchOptions = {
  subject?: string;
  offset?: number;
  limit?: number;
  typing?: boolean;
  exact?: boolean;
  loose?: boolean;
  prefixes?: boolean;
};

/** A partial word reaches this many of its most common completions. */
const COMPLETIONS = 6;
/** A completion or a correction counts a little less than the word itself. */
const COMPLETION_WEIGHT = 0.8;
const CORRECTION_WEIGHT = 0.9;

const EMPTY: SearchOutcome = { total: 0, bySubject: {}, hits: [], partial: false, unmatched: [] };

/** `cacheBytes`: the most decoded index the engine keeps (least recently used goes first). */
export function createSearchEngine(source: IndexSource, options: { cacheBytes?: number } = {}) {
  const reader: IndexReader = createIndexReader(source, options.cacheBytes);
  const postings = (index: SearchManifest, term: string) => reader.postings(index, term);
  const dictionary = (index: SearchManifest, key: string) => reader.dictionary(index, key);

  /** Documents holding one query word (its stem, forms and synonyms, completions or correction), best score each. */
  async function matchWord(
    index: SearchManifest,
    word: QueryWord,
    complete: boolean,
    correct: boolean,
    prefixes: boolean,
  ): Promise<Slot> {
    const slot: Slot = { word, scores: new Map(), terms: new Set(), idf: 0 };
    const add = async (term: string, weight: number) => {
      const list = await postings(index, term);
      if (!list) return;
      const idf = inverseFrequency(index.docs, list.df);
      slot.idf = Math.max(slot.idf, idf * weight);
      slot.terms.add(term);
      list.visit((doc, points) => {
        const score = idf * weight * points;
        if (score > (slot.scores.get(doc) ?? 0)) slot.scores.set(doc, score);
      });
    };
    await Promise.all([add(word.stem, 1), ...word.related.map(([term, weight]) => add(term, weight))]);
    // A submitted word matches whole words first; only an unknown one is read as the start of longer words.
    if (complete || (prefixes && !slot.terms.has(word.stem) && word.word.length >= 3)) {
      const found = completions(word.word, await dictionary(index, dictionaryKey(word.word)), COMPLETIONS);
      await Promise.all(found.map((completion) => add(stem(completion), COMPLETION_WEIGHT)));
    }
    if (correct && slot.scores.size === 0 && !/^\d+$/.test(word.word) && !(await reader.isEnglish(index, word.word))) {
      const candidates = await Promise.all(correctionKeys(word.word).map((key) => dictionary(index, key)));
      const correction = pickCorrection(word.word, candidates);
      if (correction) {
        await add(stem(correction), CORRECTION_WEIGHT);
        slot.correction = correction;
      }
    }
    return slot;
  }

  async function search(query: string, options: SearchOptions = {}): Promise<SearchOutcome> {
    const { offset = 0, limit = 20, typing = false, exact = false } = options;
    const parsed = parseQuery(query);
    if (parsed.words.length === 0) return EMPTY;
    const index = await reader.manifest();
    const named = nameSubject(index, parsed.words);
    const searched = await joinAndSplit(
      named ? parsed.words.filter((word) => !named.stems.includes(word.stem)) : parsed.words,
      {
        known: async (word) => (await postings(index, word.stem)) !== undefined,
        dictionary: (key) => dictionary(index, key),
      },
    );
    const slots = await Promise.all(
      searched.map((word, i) =>
        matchWord(index, word, typing && parsed.open && i === searched.length - 1, !exact, options.prefixes !== false),
      ),
    );
    for (const slot of slots) if (slot.correction && !sharesDocument(slot, slots)) dropCorrection(slot);
    // Once the query shows a correction, also spell out words the stemmer forgave ("managment").
    if (slots.some((slot) => slot.correction)) await Promise.all(slots.map((slot) => respell(index, slot)));
    const pairs = await Promise.all(
      slots.slice(1).map((slot, i) => pairScores(index, slots[i]?.word.stem ?? '', slot.word.stem)),
    );
    const ranked = rankDocuments(slots, pairs, named ? [named.range] : [], index.docs);
    // Matches on common words alone are no answer: only partial matches holding enough of the query stay.
    if (ranked.partial && !options.loose) ranked.docs = keepAnswers(ranked.docs, slots, index.docs);

    const bySubject: Record<string, number> = {};
    for (const range of index.subjects) {
      let count = 0;
      for (const { doc } of ranked.docs) if (doc >= range.start && doc < range.end) count++;
      if (count > 0) bySubject[range.name] = count;
    }
    const scope = index.subjects.find((range) => range.name === options.subject);
    const shown = scope ? ranked.docs.filter(({ doc }) => doc >= scope.start && doc < scope.end) : ranked.docs;
    const highlight = new Set(slots.flatMap((slot) => [...slot.terms]));
    const hits = await Promise.all(
      shown.slice(offset, offset + limit).map(async ({ doc, missing }) => ({
        ...(await hit(index, doc, highlight)),
        missing: missing.map((s) => s.correction ?? s.word.word),
      })),
    );
    const corrections = new Map(
      slots.flatMap((slot) => (slot.correction ? [[slot.word.word, slot.correction] as const] : [])),
    );
    const corrected =
      corrections.size > 0
        ? query
            .slice(0, 1000)
            .replace(/[\p{L}\p{N}'’]+/gu, (token) => recase(token, corrections.get(words(token).join(''))))
            .trim()
        : undefined;
    return {
      total: shown.length,
      bySubject,
      hits,
      partial: ranked.partial,
      unmatched: unmatchedWords(slots),
      corrected,
      subject: ranked.filtered ? named?.range.name : undefined,
    };
  }

  /** A word found by its stem but not as written: its spelling in the dictionary with the same stem, for display. */
  async function respell(index: SearchManifest, slot: Slot) {
    const { word } = slot.word;
    if (slot.correction || !slot.terms.has(slot.word.stem) || (await dictionary(index, dictionaryKey(word))).has(word))
      return;
    const candidates = await Promise.all(correctionKeys(word).map((key) => dictionary(index, key)));
    const spelled = pickCorrection(word, candidates, (candidate) => stem(candidate) === slot.word.stem);
    if (spelled) slot.correction = spelled;
  }

  /** Documents whose question or a keyword holds both words side by side (the pair terms of build.ts). */
  async function pairScores(index: SearchManifest, a: string, b: string): Promise<Map<number, number>> {
    const scores = new Map<number, number>();
    const term = pairTerm(a, b);
    const list = term === undefined ? undefined : await postings(index, term);
    if (!list) return scores;
    const idf = inverseFrequency(index.docs, list.df);
    list.visit((doc, points) => scores.set(doc, idf * points));
    return scores;
  }

  async function hit(index: SearchManifest, doc: number, matched: ReadonlySet<string>) {
    const found = await reader.record(index, doc);
    return { ...found, snippet: snippet(found.snippet, matched) };
  }

  return { search };
}

/** BM25's inverse document frequency. */
const inverseFrequency = (docs: number, count: number) => Math.log(1 + (docs - count + 0.5) / (count + 0.5));

/** The correction of a typed word, capitalized as the learner wrote it. */
function recase(token: string, correction: string | undefined): string {
  if (correction === undefined) return token;
  return /^\p{Lu}/u.test(token) ? correction.charAt(0).toUpperCase() + correction.slice(1) : correction;
}

/** A correction must meet the query's other words in some document: "black holes" is not "black holds". */
function sharesDocument(slot: Slot, slots: readonly Slot[]): boolean {
  const others = slots.filter((other) => other !== slot && other.scores.size > 0);
  if (others.length === 0) return true;
  for (const doc of slot.scores.keys()) if (others.some((other) => other.scores.has(doc))) return true;
  return false;
}

function dropCorrection(slot: Slot) {
  slot.scores.clear();
  slot.terms.clear();
  slot.correction = undefined;
}

/** The subject whose whole name is among the query's words ("osmosis biology"): it filters, it does not score. */
function nameSubject(index: SearchManifest, list: readonly QueryWord[]) {
  const present = new Set(list.map((word) => word.stem));
  let best: { range: SearchManifest['subjects'][number]; stems: string[] } | undefined;
  for (const range of index.subjects) {
    const stems = words(range.name)
      .filter((word) => !STOPWORDS.has(word))
      .map(stem);
    if (stems.length > 0 && stems.every((s) => present.has(s)) && stems.length > (best?.stems.length ?? 0))
      best = { range, stems };
  }
  return best;
}
