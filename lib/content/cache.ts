import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import type { ParseResult } from './parse';

/** Bump when parsing or normalizing changes, so old cached results are never reused. */
const CACHE_VERSION = 2;

export type CacheEntry = { mtimeMs: number; size: number; result: ParseResult };

function cacheFile(dir: string): string {
  const key = createHash('sha1').update(dir).digest('hex').slice(0, 12);
  return path.join(/*turbopackIgnore: true*/ process.cwd(), '.next', 'cache', 'content', `${key}-v${CACHE_VERSION}.bin`);
}

const enabled = () => process.env.CONTENT_CACHE !== '0';

/** Parse results of an earlier run, keyed by path relative to the content folder; empty when absent or unreadable. */
export function readCache(dir: string): Map<string, CacheEntry> {
  if (!enabled()) return new Map();
  try {
    return new Map(v8.deserialize(fs.readFileSync(cacheFile(dir))) as [string, CacheEntry][]);
  } catch {
    return new Map();
  }
}

/** Written to a temporary file then renamed, so parallel build workers never read half a cache. */
export function writeCache(dir: string, entries: Map<string, CacheEntry>): void {
  if (!enabled()) return;
  const file = cacheFile(dir);
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, v8.serialize([...entries]));
    fs.renameSync(temp, file);
  } catch {
    // A read-only file system only loses the speed-up.
  }
}
