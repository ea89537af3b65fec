import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import zlib from 'node:zlib';
import { siteEnv } from '@/lib/config';

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
const currentVersion = () => (siteEnv().CONTENT_CACHE === '0' ? null : (codeKey ??= codeVersion(root())));

/**
 * Results keyed by a hash of their input, kept in one file per kind, content folder and code version.
 * `save` keeps only the entries this process used, so the cache holds one build's worth and never grows.
 */
/** Slices of about 16 MB: enough to keep every libuv thread busy, each a gzip member of its own. */
const SLICE = 16 << 20;

/**
 * gzip's fastest level (Vercel keeps 1 GB of build cache, and it costs less than the bytes it saves), slice by slice
 * in parallel: one stream took 6.6 s of the main thread at 100,000 articles.
 */
export async function gzipInSlices(bytes: Buffer, size = SLICE): Promise<Buffer> {
  const slices: Buffer[] = [];
  for (let at = 0; at < bytes.length || at === 0; at += size) slices.push(bytes.subarray(at, at + size));
  const gzip = (slice: Buffer) =>
    new Promise<Buffer>((resolve, reject) =>
      zlib.gzip(slice, { level: 1 }, (error, out) => (error ? reject(error) : resolve(out))),
    );
  return Buffer.concat(await Promise.all(slices.map(gzip)));
}

export class ResultCache<V> {
  private loaded?: Map<string, V>;
  private readonly used = new Map<string, V>();
  private added = 0;
  readonly file: string | undefined;

  constructor(kind: string, dir: string, version: string | null = currentVersion(), folder = cacheFolder()) {
    this.file = version ? path.join(folder, `${kind}-${dirKey(dir)}-${version}.bin`) : undefined;
  }

  private entries(): Map<string, V> {
    if (this.loaded) return this.loaded;
    this.loaded = new Map();
    if (!this.file) return this.loaded;
    try {
      this.loaded = new Map(v8.deserialize(zlib.gunzipSync(fs.readFileSync(this.file))) as [string, V][]);
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
    if (!this.used.has(key)) this.added++;
    this.used.set(key, value);
  }

  /**
   * Writes the used entries (temporary file, then rename) when they differ from what was read; drops other versions.
   * Compressed in slices on libuv's threads at once: gunzip reads the concatenated members as one stream.
   */
  async save(): Promise<void> {
    if (!this.file || (this.added === 0 && this.used.size === this.entries().size)) return;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      const temp = `${this.file}.${process.pid}.tmp`;
      fs.writeFileSync(temp, await gzipInSlices(v8.serialize([...this.used])));
      fs.renameSync(temp, this.file);
      this.loaded = new Map(this.used);
      this.added = 0;
      const name = path.basename(this.file);
      const [kind, folderKey] = name.split('-');
      for (const old of fs.readdirSync(path.dirname(this.file))) {
        const [oldKind, oldKey] = old.split('-');
        const sameKind = oldKind === kind && oldKey === folderKey && old.endsWith('.bin');
        // Also the mtime-keyed cache of earlier releases (`<folderKey>-<version>.bin`), which nothing reads now.
        const earlier = oldKind === folderKey && /^[0-9a-f]{12}-[0-9a-f]{16}\.bin$/.test(old);
        if ((sameKind || earlier) && old !== name) fs.rmSync(path.join(path.dirname(this.file), old), { force: true });
      }
    } catch {
      // A read-only file system only loses the speed-up.
    }
  }
}
