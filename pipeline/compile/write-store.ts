import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import {
  ARTICLES_PER_SHARD,
  SHARD_KINDS,
  STORE_VERSION,
  storeFiles,
  type ShardKind,
  type StoreManifest,
} from '@/lib/store/format';
import type {
  ArticleRecord,
  Card,
  LatestItem,
  MarkdownRecord,
  SitemapChild,
  SitemapEntry,
  Subject,
} from '@/lib/store/types';
import { jobQueue } from '@/pipeline/workers/bounded';
import { encodeRedirects, REDIRECTS_FILE } from '@/lib/store/redirects';
import { encodeUrlIndex, NO_SHARD } from '@/lib/store/urls';
import { listingUrls } from './prerender';

const brotli = promisify(zlib.brotliCompress);
const brotliDecompress = promisify(zlib.brotliDecompress);

/**
 * Quality 6 with a 4 MB window: measured on store shards, 6.4 times as fast as quality 9 for 2.6% more bytes
 * (quality 9 was half of a cold store step, on one thread).
 */
const QUALITY = 6;
const WINDOW_BITS = 22;
const compressShard = (text: string, quality = QUALITY) =>
  brotli(text, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
      [zlib.constants.BROTLI_PARAM_LGWIN]: WINDOW_BITS,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(text),
    },
  });

/** Shard files compressed or checked at once, on libuv's threads, while the next shards' text is built. */
const IN_FLIGHT = 8;

/** Kinds whose shards are cached by their entries' keys, and each entry's key of that kind. */
export type KeyedKind = 'shards' | 'markdown';

/** One article's three aligned entries, in store order; its record and copy are built only for a shard not cached. */
export type StoreEntry = {
  url: string;
  /** What the record and the copy are built from (`recordKey`, `markdownKey`): a shard's keys name its cached file. */
  keys?: Record<KeyedKind, string>;
  record: () => ArticleRecord;
  card: Card;
  markdown: () => MarkdownRecord;
};

export type StoreInput = {
  /** Every published article, subject by subject, newest first (`storeOrder`). */
  entries: Iterable<StoreEntry>;
  subjects: Subject[];
  prerendered: string[];
  latest: LatestItem[];
  sitemaps: { child: SitemapChild; entries: SitemapEntry[] }[];
  /** The base URL every absolute link of the site uses: a build output, recorded in the manifest. */
  siteUrl: string;
  /** `redirect_from`: [old path, current url] pairs, answered with 308 by the proxy (redirects.ts). */
  redirects?: [string, string][];
};

export type WriteOptions = {
  perShard?: number;
  /**
   * Compressed shards of earlier builds by the hash of their text, so an unchanged shard is never compressed
   * again; shards this build did not use are removed from it.
   */
  cacheDir?: string;
  /**
   * The code version under which entries' `keys` are valid: with it, a shard of records or copies is cached by its
   * entries' keys and is not built at all when cached; without it, or where an entry has no keys, by its text.
   */
  keysVersion?: string;
  /**
   * Called once, before any shard's text is built, with the entries of the shards that will be built: whatever
   * their records need (rendered answers) is made ready for them all at once.
   */
  prepare?: (entries: StoreEntry[]) => Promise<void>;
  /** Called after each shard is written, with how many are written so far (a progress display). */
  onShard?: (written: number) => void;
};

/**
 * `names`: each shard's cached files of the kinds cached by keys, where it has them: a later build reads answers back
 * from them.
 */
export type WriteStats = StoreManifest & {
  compressed: number;
  reused: number;
  names: Partial<Record<KeyedKind, string>>[];
};

const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest();
const DIGEST_BYTES = 32;
/** The name says the settings and the format: a build with other settings, or an older format, never reads the file. */
const CACHED_SUFFIX = `.q${QUALITY}w${WINDOW_BITS}.brs`;

const nameOf = (key: string) => `${key}${CACHED_SUFFIX}`;
const textName = (text: string) => nameOf(createHash('sha256').update(text).digest('hex').slice(0, 32));

/**
 * A cached shard's brotli bytes, or undefined when it is gone, or cut short or changed since it was written (a full
 * disk, another build, another tool): such a file must not ship.
 */
async function checkedBytes(file: string): Promise<Buffer | undefined> {
  try {
    const cached = await fs.promises.readFile(file);
    const bytes = cached.subarray(0, cached.length - DIGEST_BYTES);
    return cached.length > DIGEST_BYTES && digest(bytes).equals(cached.subarray(bytes.length)) ? bytes : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A cached shard is its brotli bytes then their sha256: checking it costs a hash of the compressed bytes, where
 * decompressing it and comparing the text took 20 s of a 47 s warm store step at 100k. `text` is built only when
 * the file named `name` is not there.
 */
async function cached(
  name: string,
  text: () => string,
  cacheDir: string,
  stats: { compressed: number; reused: number },
  used: Set<string>,
): Promise<Buffer> {
  used.add(name);
  const file = path.join(cacheDir, name);
  const reused = await checkedBytes(file);
  if (reused) {
    stats.reused++;
    return reused;
  }
  const bytes = await compressShard(text());
  stats.compressed++;
  try {
    await fs.promises.mkdir(cacheDir, { recursive: true });
    // Its own name: shards of equal text (empty ones) are written at once, and two containers may share a pid.
    const temporary = `${file}.${randomUUID()}.tmp`;
    await fs.promises.writeFile(temporary, Buffer.concat([bytes, digest(bytes)]));
    await fs.promises.rename(temporary, file);
  } catch {
    // A read-only cache only loses the speed-up.
  }
  return bytes;
}

/** The name of a shard cached by its entries' keys of `kind`, or undefined where one has none. */
function keyedName(kind: KeyedKind, entries: StoreEntry[], version: string | undefined): string | undefined {
  if (!version || entries.some((entry) => entry.keys === undefined)) return undefined;
  const hash = createHash('sha256').update(`${kind}\0${version}`);
  for (const entry of entries) hash.update('\0').update(entry.keys?.[kind] as string);
  return nameOf(`${kind[0]}${hash.digest('hex').slice(0, 32)}`);
}

/** A cached shard's text, or undefined when it is gone or does not match its hash. */
export async function readCachedShard(cacheDir: string, name: string): Promise<string | undefined> {
  const bytes = await checkedBytes(path.join(cacheDir, name));
  try {
    return bytes && (await brotliDecompress(bytes)).toString();
  } catch {
    return undefined;
  }
}

/**
 * Writes the store into a staging folder and swaps it in whole: shards of JSON lines (one record per line,
 * url first), brotli-compressed, for article records, cards and Markdown copies; the sorted URL keys; the
 * prerender list; the latest articles; the sitemap entries; a manifest written last.
 */
export async function writeStore(input: StoreInput, dir: string, options: WriteOptions = {}): Promise<WriteStats> {
  const perShard = options.perShard ?? ARTICLES_PER_SHARD;
  const stats = { compressed: 0, reused: 0 };
  const used = new Set<string>();
  const urls: { url: string; shard: number }[] = [];
  const all: StoreEntry[][] = [];
  for (const entry of input.entries) {
    if (all.length === 0 || (all.at(-1) as StoreEntry[]).length === perShard) all.push([]);
    (all.at(-1) as StoreEntry[]).push(entry);
    urls.push({ url: entry.url, shard: all.length - 1 });
  }
  if (all.length === 0) all.push([]);
  const { cacheDir, keysVersion } = options;
  const names = all.map((entries) => ({
    shards: keyedName('shards', entries, keysVersion),
    markdown: keyedName('markdown', entries, keysVersion),
  }));
  const isCached = (name: string | undefined) => !!cacheDir && !!name && fs.existsSync(path.join(cacheDir, name));
  await options.prepare?.(all.filter((_, i) => !isCached(names[i]?.shards) || !isCached(names[i]?.markdown)).flat());

  const staging = `${dir}.tmp-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  const staged = storeFiles(staging);
  for (const kind of [...SHARD_KINDS, 'sitemaps']) fs.mkdirSync(path.join(staging, kind), { recursive: true });

  let files = 0;
  const queue = jobQueue(IN_FLIGHT);
  const json: Record<ShardKind, (entry: StoreEntry) => unknown> = {
    shards: (entry) => entry.record(),
    cards: (entry) => entry.card,
    markdown: (entry) => entry.markdown(),
  };
  try {
    for (const [shard, entries] of all.entries()) {
      for (const kind of SHARD_KINDS) {
        const text = () => entries.map((entry) => JSON.stringify(json[kind](entry))).join('\n');
        const keyed = kind === 'cards' ? undefined : names[shard]?.[kind];
        // Text-keyed shards are built now, so that at most IN_FLIGHT jobs hold their text.
        const eager = keyed === undefined ? text() : undefined;
        await queue.add(async () => {
          const bytes = cacheDir
            ? await cached(keyed ?? textName(eager as string), () => eager ?? text(), cacheDir, stats, used)
            : (stats.compressed++, await compressShard(eager ?? text()));
          await fs.promises.writeFile(staged.shard(kind, shard), bytes);
          if (++files % SHARD_KINDS.length === 0) options.onShard?.(files / SHARD_KINDS.length);
        });
      }
    }
    await queue.settled();
  } catch (error) {
    // No job may go on writing into the staging folder (or report progress) once the write has failed.
    await queue.idle();
    fs.rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  const shards = all.length;

  // The listing pages too: those not built ahead render on request, and the proxy 404s any other number.
  const listings = listingUrls(input.subjects).map((url) => ({ url, shard: NO_SHARD }));
  fs.writeFileSync(staged.urls, encodeUrlIndex([...urls, ...listings]));
  // In store order, so that a build worker's consecutive pages read the same shard (read.ts keeps recent ones).
  const position = new Map(urls.map((e, i) => [e.url, i]));
  const prerendered = [...input.prerendered].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
  fs.writeFileSync(staged.prerender, JSON.stringify(prerendered));
  fs.writeFileSync(staged.latest, JSON.stringify(input.latest));
  fs.writeFileSync(path.join(staging, REDIRECTS_FILE), encodeRedirects(input.redirects ?? []));
  for (const { child, entries } of input.sitemaps)
    fs.writeFileSync(staged.sitemap(child.name), JSON.stringify(entries.map((e) => [e.path, e.lastmod])));
  let offset = 0;
  const offsets = input.subjects.map((s) => ((offset += s.count), offset - s.count));
  const manifest: StoreManifest = {
    version: STORE_VERSION,
    articles: urls.length,
    shards,
    perShard,
    subjects: input.subjects,
    offsets,
    sitemaps: input.sitemaps.map((s) => s.child),
    siteUrl: input.siteUrl,
  };
  fs.writeFileSync(staged.manifest, JSON.stringify(manifest));

  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(staging, dir);
  if (options.cacheDir) pruneShardCache(options.cacheDir, used);
  const kept = names.map(({ shards, markdown }) => ({
    ...(shards && used.has(shards) ? { shards } : {}),
    ...(markdown && used.has(markdown) ? { markdown } : {}),
  }));
  return { ...manifest, ...stats, names: kept };
}

function pruneShardCache(cacheDir: string, used: Set<string>) {
  try {
    for (const name of fs.readdirSync(cacheDir))
      if (!used.has(name)) fs.rmSync(path.join(cacheDir, name), { force: true });
  } catch {
    // A read-only or absent cache holds nothing to prune.
  }
}
