import { ByteReader, ByteWriter } from './bytes';
import { readFrontCoded, writeFrontCoded } from './front-coded';

/**
 * A postings shard: the sorted terms of one hash bucket (front-coded, each with its document count
 * and the length of its postings), then their postings in the same order. One fetch answers every
 * term of the bucket; the terms are decoded once and the postings only when a query needs them.
 */
export type TermEntry = { df: number; start: number; end: number };
export type ShardTerms = { bytes: Uint8Array; terms: Map<string, TermEntry> };

export function encodeShard(terms: readonly (readonly [term: string, df: number, postings: Uint8Array])[]): Uint8Array {
  const sorted = [...terms].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const out = new ByteWriter();
  writeFrontCoded(
    out,
    sorted.map(([term, df, postings]) => [term, df, postings.length] as const),
  );
  for (const [, , postings] of sorted) out.bytes(postings);
  return out.finish();
}

export function decodeShard(bytes: Uint8Array): ShardTerms {
  const reader = new ByteReader(bytes);
  const listed: [string, number, number][] = [];
  readFrontCoded(reader, 2, (term, [df = 0, length = 0]) => listed.push([term, df, length]));
  const terms = new Map<string, TermEntry>();
  let at = reader.at;
  for (const [term, df, length] of listed) {
    if (at + length > bytes.length) throw new RangeError('search index: corrupt shard');
    terms.set(term, { df, start: at, end: at + length });
    at += length;
  }
  return { bytes, terms };
}
