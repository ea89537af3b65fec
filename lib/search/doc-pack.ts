import { ByteReader, ByteWriter } from './bytes';

/**
 * A pack of document records: a header of little-endian 32-bit offsets (one per record, and the end),
 * then the records. A result reads its two offsets and then its record, each a byte range, so what a
 * query transfers does not grow with the pack.
 */
export type DocRecord = {
  /** Empty when the address's slug is the question's own slug (most articles), which saves its bytes. */
  slug: string;
  question: string;
  /** The opening of the answer's prose, readable as it stands (formulas as text, table cells apart). */
  snippet: string;
};

export const OFFSET_BYTES = 4;

export function encodePack(records: readonly DocRecord[]): Uint8Array {
  const bodies = records.map((record) => {
    const out = new ByteWriter();
    out.string(record.slug);
    out.string(record.question);
    out.string(record.snippet);
    return out.finish();
  });
  const out = new ByteWriter();
  let at = OFFSET_BYTES * (records.length + 1);
  for (const body of bodies) {
    out.u32(at);
    at += body.length;
  }
  out.u32(at);
  for (const body of bodies) out.bytes(body);
  return out.finish();
}

/** Where record `i` of a pack's header lies: the header's byte range that holds its two offsets. */
export const offsetRange = (i: number): [number, number] => [i * OFFSET_BYTES, (i + 2) * OFFSET_BYTES];

/** The record's byte range from the 8 header bytes offsetRange named. */
export function recordRange(header: Uint8Array): [number, number] {
  if (header.length < 2 * OFFSET_BYTES) throw new RangeError('search index: short pack header');
  const view = new DataView(header.buffer, header.byteOffset, header.length);
  const start = view.getUint32(0, true);
  const end = view.getUint32(OFFSET_BYTES, true);
  if (end < start) throw new RangeError('search index: corrupt pack header');
  return [start, end];
}

export function decodeRecord(bytes: Uint8Array): DocRecord {
  const reader = new ByteReader(bytes);
  return { slug: reader.string(), question: reader.string(), snippet: reader.string() };
}

/** Every record of a pack, in order (the build reads an earlier pack back to change some of its records). */
export function decodePack(pack: Uint8Array): DocRecord[] {
  const view = new DataView(pack.buffer, pack.byteOffset, pack.length);
  const first = pack.length >= OFFSET_BYTES ? view.getUint32(0, true) : 0;
  const count = first / OFFSET_BYTES - 1;
  if (!Number.isInteger(count) || count < 0 || first > pack.length) throw new RangeError('search index: corrupt pack');
  return Array.from({ length: count }, (_, i) =>
    decodeRecord(pack.subarray(...recordRange(pack.subarray(...offsetRange(i))))),
  );
}
