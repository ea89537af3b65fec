import fs from 'node:fs/promises';
import path from 'node:path';
import { createSearchEngine, type SearchHit } from '@/lib/search/engine';

/**
 * The site's own search engine over the built index in public/search-index, read from disk: a query reads
 * the manifest once per instance, then only the shards, word lists and blocks its words need (kept after).
 * The literal path lets next.config.ts trace these files into the /mcp function.
 */
const INDEX_DIR = path.join(process.cwd(), 'public', 'search-index');

/** Index file names come from the manifest; anything else is refused rather than joined into a path. */
const SAFE_FILE = /^(manifest\.json|[0-9a-f]{12}\/[a-z]\/\d+\.json)$/;

async function load(file: string): Promise<unknown> {
  if (!SAFE_FILE.test(file)) throw new Error(`search index: refused file name ${file}`);
  return JSON.parse(await fs.readFile(path.join(INDEX_DIR, file), 'utf8'));
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
  engine ??= createSearchEngine(load);
  try {
    return (await engine.search(query, { limit })).hits.map(plain);
  } catch (error) {
    engine = undefined;
    throw error;
  }
}
