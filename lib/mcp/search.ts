import fs from 'node:fs/promises';
import path from 'node:path';
import { createSearchEngine, type SearchHit } from '@/lib/search/engine';

/**
 * The site's own search engine over the built index: a query reads the manifest once per instance, then only
 * the shards, word lists and blocks its words need (kept after). The index is not traced into the function
 * (447 MB at 100,000 articles): a self-hosted server reads it from public/ beside it; on Vercel, where public/
 * is on the CDN only, it is fetched from the deployment's own URL (VERCEL_URL, set by Vercel, never a header).
 */
const INDEX_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), 'public', 'search-index');

/** Index file names come from the manifest; anything else is refused rather than joined into a path. */
const SAFE_FILE = /^(manifest\.json|[0-9a-f]{12}\/[a-z]\/\d+\.json)$/;

async function load(file: string): Promise<unknown> {
  if (!SAFE_FILE.test(file)) throw new Error(`search index: refused file name ${file}`);
  const deployment = vercelUrl();
  if (deployment) {
    const response = await fetch(`https://${deployment}/search-index/${file}`);
    if (!response.ok) throw new Error(`HTTP ${response.status}: search index ${file}`);
    return response.json();
  }
  return JSON.parse(await fs.readFile(path.join(INDEX_DIR, file), 'utf8'));
}

// Vercel's own variable, read raw like NEXT_RUNTIME: a host name without a scheme, or unset off Vercel.
const vercelUrl = () =>
  process.env.VERCEL === '1' && /^[a-z0-9.-]+$/i.test(process.env.VERCEL_URL ?? '')
    ? process.env.VERCEL_URL
    : undefined;

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
