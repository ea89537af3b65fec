import fs from 'node:fs/promises';
import path from 'node:path';
import { createSearchEngine, type SearchHit, type SearchOutcome } from '@/lib/search/engine';
import type { IndexSource } from '@/lib/search/index-reader';
import { isMissedSearch, quotedWords } from '@/lib/search/miss';
import { createGate } from './limits';

/**
 * The site's own search engine over the files the build wrote to public/search-index, read from disk: a
 * self-hosted server finds them beside it, and on Vercel the /mcp function carries them (next.config.ts traces
 * them in; the compact index is small enough). A query reads the manifest once per instance, then only the
 * shards and dictionary buckets its words need and two byte ranges per result.
 */
const INDEX_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), 'public', 'search-index');

/** Index file names come from the manifest; anything else is refused rather than joined into a path. */
const SAFE_FILE = /^(manifest\.json|[0-9a-f]{12}\/[tweds]\/\d+\.bin)$/;

/** The most decoded index one instance keeps; past it the least recently used files go. */
export const MCP_CACHE_BYTES = 32 * 1024 * 1024;

/** The index is absent or unreadable: the answer says so in words, never with a path. */
export class IndexUnavailableError extends Error {
  constructor() {
    super('the search index is not available on this server');
  }
}

function resolve(file: string): string {
  if (!SAFE_FILE.test(file)) throw new IndexUnavailableError();
  return path.join(INDEX_DIR, file);
}

const diskSource: IndexSource = {
  file: (file) => fs.readFile(resolve(file)).catch(unavailable),
  range: async (file, start, end) => {
    const handle = await fs.open(resolve(file), 'r').catch(unavailable);
    try {
      const buffer = new Uint8Array(end - start);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, start);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  },
};

function unavailable(): never {
  throw new IndexUnavailableError();
}

/** `match`: whether the article holds every word of the query, or only some (`missing` names the rest). */
export type QuestionHit = {
  url: string;
  question: string;
  subject: string;
  snippet: string;
  match: 'full' | 'partial';
  missing?: string[];
};
/** `note`: what the site has no answer about, in words an assistant can pass on. `missed`: for the writers. */
export type QuestionSearch = { results: QuestionHit[]; note?: string; missed: boolean };

const tagged = (hit: SearchHit, partial: boolean): QuestionHit => ({
  url: hit.url,
  question: hit.question,
  subject: hit.subject,
  snippet: hit.snippet.map((part) => part.text).join(''),
  match: partial ? 'partial' : 'full',
  ...(partial ? { missing: hit.missing } : {}),
});

function noteOf(outcome: SearchOutcome): string | undefined {
  if (outcome.unmatched.length === 0) return outcome.total === 0 ? 'No answer yet' : undefined;
  const what = `No answer about ${quotedWords(outcome.unmatched)} yet`;
  return outcome.total === 0 ? what : `${what}; these partial matches hold some of the other words`;
}

/**
 * Searches over `source` (the deployed files by default), one at a time per instance: a search waits for the
 * ones before it. The engine, with its bounded cache, lives as long as the instance.
 */
export function createQuestionSearch(source: IndexSource = diskSource) {
  let engine: ReturnType<typeof createSearchEngine> | undefined;
  const gate = createGate();
  return (query: string, limit: number): Promise<QuestionSearch> =>
    gate(async () => {
      engine ??= createSearchEngine(source, { cacheBytes: MCP_CACHE_BYTES });
      try {
        // An agent sends whole words: an unknown one is corrected, never read as six longer words.
        const outcome = await engine.search(query, { limit, prefixes: false });
        const note = noteOf(outcome);
        return {
          results: outcome.hits.map((hit) => tagged(hit, outcome.partial)),
          ...(note ? { note } : {}),
          missed: isMissedSearch(outcome),
        };
      } catch (error) {
        engine = undefined;
        throw error;
      }
    });
}

export type QuestionSearcher = ReturnType<typeof createQuestionSearch>;

export const searchQuestions = createQuestionSearch();
