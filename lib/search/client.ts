/** The browser's search engine, fetching the static index from /search-index; import it dynamically. */
import { createSearchEngine, type SearchOptions } from './engine';
import { SEARCH_INDEX_PATH } from './format';

let engine: ReturnType<typeof createSearchEngine> | undefined;

async function load(file: string): Promise<unknown> {
  // The manifest is revalidated on every visit; the versioned shards and blocks never change.
  const response = await fetch(`${SEARCH_INDEX_PATH}/${file}`, file === 'manifest.json' ? { cache: 'no-cache' } : undefined);
  if (!response.ok) throw new Error(`search index: ${file}: HTTP ${response.status}`);
  return response.json();
}

export async function search(query: string, options?: SearchOptions) {
  engine ??= createSearchEngine(load);
  try {
    return await engine.search(query, options);
  } catch (error) {
    // A deploy may have replaced the index under an open page: start again from the new manifest.
    engine = undefined;
    throw error;
  }
}
