// The result caches' file: frames of [4-byte length][4-byte CRC-32 of the body][body: brotli of a v8-serialized
// list of entries]. Brotli has no checksum of its own: the CRC keeps a changed byte from decoding into a wrong result. A rewrite compresses
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

/**
 * Brotli 2 with a 4 MB window, in 1 MB output chunks. Measured on the parse cache of 100,000 articles (499 MB
 * serialized), compressed in parallel as a cold check does: 142.5 MB in 3.0 s (5.5 CPU-s), against brotli 4's 128.8 MB
 * in 8.9-10.8 s (17.5-21.3 CPU-s), which was the largest part of a cold check; both inflate in 1.1 s. The 16 KB
 * default chunk cost 0.8 s more in round trips to this thread.
 */
const compress = (bytes: Buffer) =>
  new Promise<Buffer>((resolve, reject) =>
    zlib.brotliCompress(
      bytes,
      {
        chunkSize: 1 << 20,
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: 2,
          [zlib.constants.BROTLI_PARAM_LGWIN]: 22,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      },
      (error, out) => (error ? reject(error) : resolve(out)),
    ),
  );

/** A frame's head: its body's length and CRC-32. */
const HEAD = 8;

/** The frames' heads and bodies, written as they are: joining them was 0.7 s of a cold check's copying. */
async function frames<V>(entries: Entries<V>, per: number): Promise<Buffer[]> {
  const slices: Entries<V>[] = [];
  for (let at = 0; at < entries.length; at += per) slices.push(entries.slice(at, at + per));
  const bodies = await Promise.all(slices.map((slice) => compress(v8.serialize(slice))));
  return bodies.flatMap((body) => {
    const head = Buffer.alloc(HEAD);
    head.writeUInt32BE(body.length);
    head.writeUInt32BE(zlib.crc32(body), 4);
    return [head, body];
  });
}

/**
 * Writes the buffers one by one: writeFileSync on a descriptor resumes a short write and throws an error (a full
 * disk), where one writev would report a partial write as done and overflow its count past 2 GB.
 */
function writeAll(file: string, flags: string, buffers: Buffer[]): void {
  const fd = fs.openSync(file, flags);
  try {
    for (const buffer of buffers) fs.writeFileSync(fd, buffer);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Every entry of the file's whole frames, and their length: a torn last frame (a build killed while appending) is
 * left out, and its file is not the length read, so the next save rewrites it.
 */
export function readCacheFile<V>(file: string): { entries: Entries<V>; bytes: number } {
  const bytes = fs.readFileSync(file);
  const entries: Entries<V> = [];
  let at = 0;
  while (at + HEAD <= bytes.length) {
    const end = at + HEAD + bytes.readUInt32BE(at);
    if (end > bytes.length) break;
    const body = bytes.subarray(at + HEAD, end);
    if (zlib.crc32(body) !== bytes.readUInt32BE(at + 4)) break;
    let frame: Entries<V>;
    try {
      frame = v8.deserialize(zlib.brotliDecompressSync(body)) as Entries<V>;
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
  try {
    writeAll(temp, 'w', await frames(entries, per));
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/** Adds entries at the end of the file; a failed write leaves a torn frame, which readers skip and a save rewrites. */
export async function appendCacheFile<V>(file: string, entries: Entries<V>, per = FRAME_ENTRIES): Promise<void> {
  writeAll(file, 'a', await frames(entries, per));
}
