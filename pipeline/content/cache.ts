import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { siteEnv } from '@/lib/config';
import { appendCacheFile, ifThere, readCacheFile, writeCacheFile } from './cache-file';

const root = () => /*turbopackIgnore: true*/ process.cwd();
/** In .next/cache, which Vercel restores between deploys of a project (CONTENT_CACHE_DIR moves it). */
export const cacheFolder = (projectRoot = root()) => {
  const moved = siteEnv().CONTENT_CACHE_DIR;
  return moved ? path.resolve(moved, 'content') : path.join(projectRoot, '.next', 'cache', 'content');
};

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__fixtures__' ? [] : sources(file);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

/**
 * A hash of what produces cached results: every source file under lib/ and pipeline/, the locked dependency versions,
 * and the Node version (its Unicode tables decide `\p{L}` word counts; its serializer writes the cache).
 * Any change to a rule, the parser or the renderer gives a new key, so stale results are never reused.
 * Null where the source is absent (a deployed server), which turns the cache off.
 */
export function codeVersion(projectRoot: string): string | null {
  try {
    const hash = createHash('sha256').update(process.version).update('\0');
    for (const file of [
      ...['lib', 'pipeline'].flatMap((dir) => sources(path.join(projectRoot, dir))).sort(),
      path.join(projectRoot, 'package-lock.json'),
    ]) {
      hash.update(path.relative(projectRoot, file)).update('\0').update(fs.readFileSync(file)).update('\0');
    }
    return hash.digest('hex').slice(0, 16);
  } catch {
    return null;
  }
}

/** The key of one file's parse result: its path (placement rules read it) and its exact bytes. */
// SHA-256, not SHA-1: a writer able to make two files collide must not get one's checked result for the other.
export const contentKey = (file: string, source: string) =>
  createHash('sha256').update(file).update('\0').update(source).digest('base64');

export const textKey = (text: string) => createHash('sha256').update(text).digest('base64');

let codeKey: string | null | undefined;
/** Reads the code's hash again on next use (tests that change the code under a temporary project). */
export const forgetCodeVersion = () => (codeKey = undefined);
/** Names one content folder's cache files, so the bench's corpus and content/ never evict each other. */
export const dirKey = (dir: string) => createHash('sha1').update(dir).digest('hex').slice(0, 12);
/** The code version results are cached under; null turns the caches off (CONTENT_CACHE=0, no source). */
export const currentVersion = () => (siteEnv().CONTENT_CACHE === '0' ? null : (codeKey ??= codeVersion(root())));

const RETIRED_KINDS = new Set(['render']);

/** The share of a cache file that may be entries no run used since it was last rewritten. */
const STALE = 0.05;

/**
 * Results keyed by a hash of their input, kept in one file per kind, content folder and code version. `save` keeps
 * what this process used, and at most STALE more, so the cache holds about one build's worth and never grows.
 */
export class ResultCache<V> {
  private loaded?: Map<string, V>;
  /** The file's size when it was read: an append is safe only onto the file this process read. */
  private loadedBytes = -1;
  private readonly used = new Map<string, V>();
  readonly file: string | undefined;

  constructor(kind: string, dir: string, version: string | null = currentVersion(), folder = cacheFolder()) {
    this.file = version ? path.join(folder, `${kind}-${dirKey(dir)}-${version}.bin`) : undefined;
  }

  private entries(): Map<string, V> {
    if (this.loaded) return this.loaded;
    this.loaded = new Map();
    if (!this.file) return this.loaded;
    try {
      const { entries, bytes } = readCacheFile<V>(this.file);
      this.loaded = new Map(entries);
      this.loadedBytes = bytes;
    } catch {
      // Absent or unreadable: start empty.
    }
    return this.loaded;
  }

  get(key: string): V | undefined {
    const value = this.used.get(key) ?? this.entries().get(key);
    if (value !== undefined) this.used.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
    this.used.set(key, value);
  }

  /**
   * Brings the file up to what this process used: new entries are appended while at most STALE of the file is
   * entries no run used since the last rewrite; past that, or onto a file another process changed, only the used
   * entries are written, in a new file. Drops other code versions' files.
   */
  async save(): Promise<void> {
    if (!this.file) return;
    const loaded = this.entries();
    const fresh = [...this.used].filter(([key, value]) => loaded.get(key) !== value);
    let stale = loaded.size;
    for (const key of this.used.keys()) if (loaded.has(key)) stale--;
    // A key set again with a new value leaves its old value in the file.
    for (const [key] of fresh) if (loaded.has(key)) stale++;
    try {
      const appendable = ifThere(() => fs.statSync(this.file as string).size) === this.loadedBytes;
      if (appendable && stale <= STALE * (loaded.size + fresh.length)) {
        if (fresh.length === 0) return;
        await appendCacheFile(this.file, fresh);
        for (const [key, value] of fresh) loaded.set(key, value);
      } else {
        if (fresh.length === 0 && stale === 0) return;
        fs.mkdirSync(path.dirname(this.file), { recursive: true });
        await writeCacheFile(this.file, [...this.used]);
        this.loaded = new Map(this.used);
      }
      this.loadedBytes = fs.statSync(this.file).size;
      const name = path.basename(this.file);
      const [kind, folderKey] = name.split('-');
      for (const old of fs.readdirSync(path.dirname(this.file))) {
        const [oldKind, oldKey] = old.split('-');
        const sameKind = oldKind === kind && oldKey === folderKey && old.endsWith('.bin');
        // Also the mtime-keyed cache of earlier releases (`<folderKey>-<version>.bin`), which nothing reads now.
        const earlier = oldKind === folderKey && /^[0-9a-f]{12}-[0-9a-f]{16}\.bin$/.test(old);
        // And kinds no release reads now: the render cache, whose answers the store's shards now keep.
        const retired = RETIRED_KINDS.has(oldKind ?? '') && oldKey === folderKey;
        if ((sameKind || earlier || retired) && old !== name)
          fs.rmSync(path.join(path.dirname(this.file), old), { force: true });
      }
    } catch {
      // A read-only file system only loses the speed-up.
    }
  }
}
