// The result caches' file: frames of [4-byte length][gzip of a v8-serialized list of entries]. A rewrite compresses
// its frames on libuv's threads at once; a build that added a few entries appends one frame instead of
// compressing 500 MB again.
import fs from 'node:fs';
import v8 from 'node:v8';
import zlib from 'node:zlib';

type Entries<V> = [string, V][];

/** `read`'s value, or undefined when the file is gone (deleted since the folder was listed). */
export function ifThere<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Entries per frame: about 16 MB of parse results, enough frames to keep every libuv thread busy. */
const FRAME_ENTRIES = 4096;

const gzip = (bytes: Buffer) =>
  new Promise<Buffer>((resolve, reject) =>
    // Level 4: 12% smaller than the fastest for 1.4 times its time, which keeps the content's build cache at 100,000
    // articles under 500 MB (Vercel keeps 1 GB); level 6 was no smaller and took 3 times as long.
    zlib.gzip(bytes, { level: 4 }, (error, out) => (error ? reject(error) : resolve(out))),
  );

async function frames<V>(entries: Entries<V>, per: number): Promise<Buffer> {
  const slices: Entries<V>[] = [];
  for (let at = 0; at < entries.length; at += per) slices.push(entries.slice(at, at + per));
  const bodies = await Promise.all(slices.map((slice) => gzip(v8.serialize(slice))));
  return Buffer.concat(
    bodies.flatMap((body) => {
      const length = Buffer.alloc(4);
      length.writeUInt32BE(body.length);
      return [length, body];
    }),
  );
}

/**
 * Every entry of the file's whole frames, and their length: a torn last frame (a build killed while appending) is
 * left out, and its file is not the length read, so the next save rewrites it.
 */
export function readCacheFile<V>(file: string): { entries: Entries<V>; bytes: number } {
  const bytes = fs.readFileSync(file);
  const entries: Entries<V> = [];
  let at = 0;
  while (at + 4 <= bytes.length) {
    const end = at + 4 + bytes.readUInt32BE(at);
    if (end > bytes.length) break;
    let frame: Entries<V>;
    try {
      frame = v8.deserialize(zlib.gunzipSync(bytes.subarray(at + 4, end))) as Entries<V>;
    } catch {
      break;
    }
    for (const entry of frame) entries.push(entry);
    at = end;
  }
  return { entries, bytes: at };
}

/** Replaces the file (a temporary file, then rename: a reader never sees half of it). */
export async function writeCacheFile<V>(file: string, entries: Entries<V>, per = FRAME_ENTRIES): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, await frames(entries, per));
  fs.renameSync(temp, file);
}

/** Adds entries at the end of the file, in one write. */
export async function appendCacheFile<V>(file: string, entries: Entries<V>, per = FRAME_ENTRIES): Promise<void> {
  fs.appendFileSync(file, await frames(entries, per));
}
