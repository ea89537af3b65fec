import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { siteEnv } from '@/lib/config';
import type { ParseResult } from './parse';

export type CacheEntry = { mtimeMs: number; size: number; result: ParseResult };

const root = () => /*turbopackIgnore: true*/ process.cwd();
const cacheFolder = () => path.join(root(), '.next', 'cache', 'content');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__fixtures__' ? [] : sources(file);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

/**
 * A hash of the code that produces cached results: every source file under lib/ and the locked
 * dependency versions. Any change to a rule or to the parser gives a new key, so stale results are
 * never reused. Null where the source is absent (a deployed server), which turns the cache off.
 */
export function codeVersion(projectRoot: string): string | null {
  try {
    const hash = createHash('sha256');
    for (const file of [...sources(path.join(projectRoot, 'lib')).sort(), path.join(projectRoot, 'package-lock.json')]) {
      hash.update(path.relative(projectRoot, file)).update('\0').update(fs.readFileSync(file)).update('\0');
    }
    return hash.digest('hex').slice(0, 16);
  } catch {
    return null;
  }
}

let codeKey: string | null | undefined;

function cacheFile(dir: string): string | undefined {
  const version = siteEnv().CONTENT_CACHE === '0' ? null : (codeKey ??= codeVersion(root()));
  if (!version) return undefined;
  const key = createHash('sha1').update(dir).digest('hex').slice(0, 12);
  return path.join(cacheFolder(), `${key}-${version}.bin`);
}

/** Parse results of an earlier run, keyed by path relative to the content folder; empty when absent or unreadable. */
export function readCache(dir: string): Map<string, CacheEntry> {
  const file = cacheFile(dir);
  if (!file) return new Map();
  try {
    return new Map(v8.deserialize(fs.readFileSync(file)) as [string, CacheEntry][]);
  } catch {
    return new Map();
  }
}

/** Written to a temporary file then renamed, so parallel build workers never read half a cache; older versions are removed. */
export function writeCache(dir: string, entries: Map<string, CacheEntry>): void {
  const file = cacheFile(dir);
  if (!file) return;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, v8.serialize([...entries]));
    fs.renameSync(temp, file);
    const prefix = path.basename(file).split('-')[0] ?? '';
    for (const old of fs.readdirSync(path.dirname(file))) {
      if (old.startsWith(`${prefix}-`) && old.endsWith('.bin') && old !== path.basename(file)) fs.rmSync(path.join(path.dirname(file), old), { force: true });
    }
  } catch {
    // A read-only file system only loses the speed-up.
  }
}
