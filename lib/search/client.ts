/** The browser's search engine, fetching the static index from /search-index; import it dynamically. */
import { createSearchEngine, type SearchOptions, type SearchOutcome } from './engine';
import { SEARCH_INDEX_PATH } from './format';

export type { SearchHit, SearchOptions, SearchOutcome } from './engine';

/** An index file the server would not give; 404 means a deploy replaced the index under the open page. */
class IndexFileError extends Error {
  constructor(
    readonly file: string,
    readonly status: number,
  ) {
    super(`search index: ${file}: HTTP ${status}`);
  }
}

async function load(file: string): Promise<unknown> {
  // The manifest is revalidated on every visit; the versioned shards and blocks never change.
  const response = await fetch(
    `${SEARCH_INDEX_PATH}/${file}`,
    file === 'manifest.json' ? { cache: 'no-cache' } : undefined,
  );
  if (!response.ok) throw new IndexFileError(file, response.status);
  return response.json();
}

let engine: ReturnType<typeof createSearchEngine> | undefined;

export async function search(query: string, options?: SearchOptions): Promise<SearchOutcome> {
  engine ??= createSearchEngine(load);
  try {
    return await engine.search(query, options);
  } catch (error) {
    engine = undefined;
    if (!(error instanceof IndexFileError && error.status === 404)) throw error;
    // A file of an older version is gone: read the new manifest once and run the query again.
    engine = createSearchEngine(load);
    return engine.search(query, options).catch((retryError: unknown) => {
      engine = undefined;
      throw retryError;
    });
  }
}
