import type { IndexSource } from '../index-reader';

/** An index held in memory (what buildSearchFiles returns), read as a server would read it from disk. */
export function memorySource(files: ReadonlyMap<string, Uint8Array>, fetched: string[] = []): IndexSource {
  const get = (path: string) => {
    const body = files.get(path);
    if (body === undefined) throw new Error(`missing ${path}`);
    return body;
  };
  return {
    file: async (path) => {
      fetched.push(path);
      return get(path);
    },
    range: async (path, start, end) => {
      fetched.push(`${path}@${start}-${end}`);
      return get(path).subarray(start, end);
    },
  };
}
