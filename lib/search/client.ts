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

/** Whole files of a server that ignores Range (some do): later ranges are cut from them. A few are kept. */
const whole = new Map<string, Promise<Uint8Array>>();
/** Whether the server answers Range, learned from the first range read (the others wait for it). */
let honoured: Promise<boolean> | undefined;

const bytesOf = async (response: Response) => new Uint8Array(await response.arrayBuffer());

function wholeFile(file: string, response?: Response): Promise<Uint8Array> {
  let kept = whole.get(file);
  if (!kept) {
    if (whole.size >= 8) whole.clear();
    kept = response ? bytesOf(response) : get(file).then(bytesOf);
    kept.catch(() => whole.delete(file));
    whole.set(file, kept);
  }
  return kept;
}

async function readRange(file: string, start: number, end: number): Promise<{ bytes: Uint8Array; partial: boolean }> {
  const response = await get(file, { headers: { Range: `bytes=${start}-${end - 1}` } });
  if (response.status === 206) return { bytes: await bytesOf(response), partial: true };
  return { bytes: (await wholeFile(file, response)).subarray(start, end), partial: false };
}

const source: IndexSource = {
  // The manifest is revalidated on every visit; the versioned files never change.
  file: async (file) => bytesOf(await get(file, file === 'manifest.json' ? { cache: 'no-cache' } : undefined)),
  range: async (file, start, end) => {
    const kept = whole.get(file);
    if (kept) return (await kept).subarray(start, end);
    if (!honoured) {
      const first = readRange(file, start, end);
      honoured = first.then(
        (read) => read.partial,
        () => {
          // A failed first read decides nothing: the next one asks again.
          honoured = undefined;
          return true;
        },
      );
      return (await first).bytes;
    }
    if (await honoured) return (await readRange(file, start, end)).bytes;
    return (await wholeFile(file)).subarray(start, end);
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
    honoured = undefined;
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
