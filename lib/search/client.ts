/** The browser's search engine, fetching the static index from /search-index; import it dynamically. */
import { createSearchEngine, type SearchOptions, type SearchOutcome } from './engine';
import { SEARCH_INDEX_PATH } from './format';
import { StaleIndexError, type IndexSource } from './index-reader';

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

async function get(file: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(`${SEARCH_INDEX_PATH}/${file}`, init);
  if (!response.ok) throw new IndexFileError(file, response.status);
  return response;
}

/** Whole files a server sent when asked for a range (one that ignores Range): later ranges cut from them. */
const whole = new Map<string, Promise<Uint8Array>>();

const source: IndexSource = {
  // The manifest is revalidated on every visit; the versioned files never change.
  file: async (file) =>
    new Uint8Array(await (await get(file, file === 'manifest.json' ? { cache: 'no-cache' } : undefined)).arrayBuffer()),
  range: async (file, start, end) => {
    const kept = whole.get(file);
    if (kept) return (await kept).subarray(start, end);
    const response = await get(file, { headers: { Range: `bytes=${start}-${end - 1}` } });
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (response.status === 206) return bytes;
    if (whole.size >= 8) whole.clear();
    whole.set(file, Promise.resolve(bytes));
    return bytes.subarray(start, end);
  },
};

let engine: ReturnType<typeof createSearchEngine> | undefined;

export async function search(query: string, options?: SearchOptions): Promise<SearchOutcome> {
  engine ??= createSearchEngine(source);
  try {
    return await engine.search(query, options);
  } catch (error) {
    engine = undefined;
    whole.clear();
    const replaced = (error instanceof IndexFileError && error.status === 404) || error instanceof StaleIndexError;
    if (!replaced) throw error;
    // A file of an older version is gone: read the new manifest once and run the query again.
    engine = createSearchEngine(source);
    return engine.search(query, options).catch((retryError: unknown) => {
      engine = undefined;
      throw retryError;
    });
  }
}
