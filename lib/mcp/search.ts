import fs from 'node:fs/promises';
import path from 'node:path';
import { createSearchEngine, type SearchHit } from '@/lib/search/engine';
import type { IndexSource } from '@/lib/search/index-reader';

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

let engine: ReturnType<typeof createSearchEngine> | undefined;

export type QuestionHit = { url: string; question: string; subject: string; snippet: string };

const plain = (hit: SearchHit): QuestionHit => ({
  url: hit.url,
  question: hit.question,
  subject: hit.subject,
  snippet: hit.snippet.map((part) => part.text).join(''),
});

export async function searchQuestions(query: string, limit: number): Promise<QuestionHit[]> {
  engine ??= createSearchEngine(diskSource, { cacheBytes: MCP_CACHE_BYTES });
  try {
    return (await engine.search(query, { limit })).hits.map(plain);
  } catch (error) {
    engine = undefined;
    throw error;
  }
}
