import fs from 'node:fs';
import path from 'node:path';

/** The store's redirect index: a JSON list of [old path, current url] pairs, sorted by old path. */
export const REDIRECTS_FILE = 'redirects.json';

export const encodeRedirects = (pairs: [string, string][]): string =>
  JSON.stringify([...pairs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

export function decodeRedirects(text: string): Map<string, string> {
  const pairs: unknown = JSON.parse(text);
  if (!Array.isArray(pairs)) throw new Error(`${REDIRECTS_FILE}: not a list`);
  return new Map(
    pairs.filter(
      (p): p is [string, string] => Array.isArray(p) && typeof p[0] === 'string' && typeof p[1] === 'string',
    ),
  );
}

let redirects: Map<string, string> | undefined;

/**
 * Where an old path moved to, or undefined. Loaded once per process; a store written before this file
 * existed has no redirects. The literal path lets the tracer put the file into the proxy's function.
 */
export function storeRedirect(url: string): string | undefined {
  if (!redirects) {
    try {
      redirects = decodeRedirects(
        fs.readFileSync(path.join(process.cwd(), '.content-store', 'redirects.json'), 'utf8'),
      );
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      redirects = new Map();
    }
  }
  return redirects.get(url);
}
