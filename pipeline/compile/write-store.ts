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

/**
 * Quality 6 with a 4 MB window: measured on store shards, 6.4 times as fast as quality 9 for 2.6% more bytes
 * (quality 9 was half of a cold store step, on one thread).
 */
const QUALITY = 6;
/**
 * The Markdown copies' shards, compressed each build since the build cache does not keep them: quality 4, measured
 * on 79 of them (54 MB), 2.1 times as fast as 6 for 5.9% more bytes. At 100,000 articles they were 85 MB of the
 * cache for about 13 CPU-seconds of brotli at quality 6; the room went to the search index's state.
 */
const UNCACHED_QUALITY = 4;
const WINDOW_BITS = 22;
const compressShard = (text: string, quality = QUALITY) =>
  brotli(text, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
      [zlib.constants.BROTLI_PARAM_LGWIN]: WINDOW_BITS,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(text),
    },
  });

/** The kinds whose compressed shards the build cache keeps. */
const CACHED_KINDS: ReadonlySet<ShardKind> = new Set(['shards', 'cards']);

/** Shard files compressed or checked at once, on libuv's threads, while the next shards' text is built. */
const IN_FLIGHT = 8;

/** One article's three aligned entries, in store order; its record is built only for a shard not cached. */
export type StoreEntry = {
  url: string;
  /** What the record is built from (`recordKey`): a shard's record keys name its cached file. */
  recordKey?: string;
  record: () => ArticleRecord;
  card: Card;
  markdown: MarkdownRecord;
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
   * The code version under which entries' `recordKey`s are valid: with it, a shard of records is cached by its
   * entries' keys and is not built at all when cached; without it, or where an entry has no key, by its text.
   */
  recordsVersion?: string;
  /** Called after each shard is written, with how many are written so far (a progress display). */
  onShard?: (written: number) => void;
};

export type WriteStats = StoreManifest & { compressed: number; reused: number };

const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest();
const DIGEST_BYTES = 32;
/** The name says the settings and the format: a build with other settings, or an older format, never reads the file. */
const CACHED_SUFFIX = `.q${QUALITY}w${WINDOW_BITS}.brs`;

const nameOf = (key: string) => `${key}${CACHED_SUFFIX}`;
const textName = (text: string) => nameOf(createHash('sha256').update(text).digest('hex').slice(0, 32));

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
  try {
    const cached = await fs.promises.readFile(file);
    const bytes = cached.subarray(0, cached.length - DIGEST_BYTES);
    // A file cut short or changed since (a full disk, another build, another tool) must not ship.
    if (cached.length <= DIGEST_BYTES || !digest(bytes).equals(cached.subarray(bytes.length))) throw new Error(name);
    stats.reused++;
    return bytes;
  } catch {
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
}

/** The name of a shard of records cached by its entries' keys, or undefined where one has none. */
function keyedName(entries: StoreEntry[], version: string | undefined): string | undefined {
  if (!version || entries.some((entry) => entry.recordKey === undefined)) return undefined;
  const hash = createHash('sha256').update(`records\0${version}`);
  for (const entry of entries) hash.update('\0').update(entry.recordKey as string);
  return nameOf(`r${hash.digest('hex').slice(0, 32)}`);
}

/**
 * Writes the store into a staging folder and swaps it in whole: shards of JSON lines (one record per line,
 * url first), brotli-compressed, for article records, cards and Markdown copies; the sorted URL keys; the
 * prerender list; the latest articles; the sitemap entries; a manifest written last.
 */
export async function writeStore(input: StoreInput, dir: string, options: WriteOptions = {}): Promise<WriteStats> {
  const perShard = options.perShard ?? ARTICLES_PER_SHARD;
  const staging = `${dir}.tmp-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  const staged = storeFiles(staging);
  for (const kind of [...SHARD_KINDS, 'sitemaps']) fs.mkdirSync(path.join(staging, kind), { recursive: true });

  const stats = { compressed: 0, reused: 0 };
  const used = new Set<string>();
  const urls: { url: string; shard: number }[] = [];
  let pending: StoreEntry[] = [];
  let shards = 0;
  let files = 0;
  const queue = jobQueue(IN_FLIGHT);
  const shardText = (kind: ShardKind, entries: StoreEntry[]) => () =>
    entries
      .map((entry) =>
        JSON.stringify(kind === 'shards' ? entry.record() : kind === 'cards' ? entry.card : entry.markdown),
      )
      .join('\n');
  const flush = async () => {
    const shard = shards++;
    const entries = pending;
    pending = [];
    for (const kind of SHARD_KINDS) {
      const text = shardText(kind, entries);
      const { cacheDir } = options;
      const keyed = kind === 'shards' ? keyedName(entries, options.recordsVersion) : undefined;
      // Text-keyed kinds are built now, so the job keeps no entries alive past its turn.
      const eager = keyed === undefined ? text() : undefined;
      await queue.add(async () => {
        const bytes =
          cacheDir && CACHED_KINDS.has(kind)
            ? await cached(keyed ?? textName(eager as string), () => eager ?? text(), cacheDir, stats, used)
            : (stats.compressed++,
              await compressShard(eager ?? text(), CACHED_KINDS.has(kind) ? QUALITY : UNCACHED_QUALITY));
        await fs.promises.writeFile(staged.shard(kind, shard), bytes);
        if (++files % SHARD_KINDS.length === 0) options.onShard?.(files / SHARD_KINDS.length);
      });
    }
  };
  try {
    for (const entry of input.entries) {
      urls.push({ url: entry.url, shard: shards });
      pending.push(entry);
      if (pending.length === perShard) await flush();
    }
    if (pending.length > 0 || shards === 0) await flush();
    await queue.settled();
  } catch (error) {
    // No job may go on writing into the staging folder (or report progress) once the write has failed.
    await queue.idle();
    fs.rmSync(staging, { recursive: true, force: true });
    throw error;
  }

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
  return { ...manifest, ...stats };
}

function pruneShardCache(cacheDir: string, used: Set<string>) {
  try {
    for (const name of fs.readdirSync(cacheDir))
      if (!used.has(name)) fs.rmSync(path.join(cacheDir, name), { force: true });
  } catch {
    // A read-only or absent cache holds nothing to prune.
  }
}
