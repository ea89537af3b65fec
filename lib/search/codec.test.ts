import { describe, expect, it } from 'vitest';
import { BitWriter, ByteReader, ByteWriter } from './bytes';
import { decodePack, decodeRecord, encodePack, offsetRange, recordRange } from './doc-pack';
import { forEachPosting, encodePostings } from './postings';
import { decodeShard, encodeShard } from './shard';
import { decodeWordList, encodeWordList } from './word-list';

const walk = (bytes: Uint8Array) => {
  const seen: [number, number][] = [];
  forEachPosting(bytes, (doc, score) => seen.push([doc, score]));
  return seen;
};

describe('the index codecs', () => {
  it('round-trips varints and strings, and writes Rice codes bit by bit', () => {
    const out = new ByteWriter();
    const values = [0, 1, 127, 128, 300, 2 ** 21, 2 ** 31 - 1, 2 ** 40];
    for (const value of values) out.varint(value);
    out.string('photosynthèse ∑ 🙂');
    const bits = new BitWriter(out);
    // 5 with k = 1: quotient 2 in unary (110), then the low bit (1); padded with zeros to a byte.
    bits.rice(5, 1);
    bits.finish();
    const reader = new ByteReader(out.finish());
    expect(values.map(() => reader.varint())).toEqual(values);
    expect(reader.string()).toBe('photosynthèse ∑ 🙂');
    expect(reader.byte()).toBe(0b11010000);
    expect(() => new ByteReader(new Uint8Array([0x80])).varint()).toThrow(RangeError);
    expect(() => new ByteWriter().varint(-1)).toThrow();
  });

  it('gives back each posting with its score, tier by tier, dense or sparse', () => {
    const docs = [0, 1, 2, 3, 5, 8, 13, 40_000, 99_999, 2_000_000, 2 ** 31 - 2];
    const scores = [4, 4, 8, 4, 100, 4, 8, 4, 4, 100, 4];
    const seen = walk(encodePostings(docs, scores));
    expect(seen.map(([, score]) => score)).toEqual([...scores].sort((a, b) => b - a));
    expect([...seen].sort((a, b) => a[0] - b[0])).toEqual(docs.map((doc, i) => [doc, scores[i]]));
    const dense = Array.from({ length: 50_000 }, (_, i) => 2 * i);
    const bytes = encodePostings(
      dense,
      dense.map(() => 4),
    );
    expect(walk(bytes).map(([doc]) => doc)).toEqual(dense);
    // Every other document: two bits a posting (a Rice code of gap 1), not bytes.
    expect(bytes.length).toBeLessThanOrEqual(dense.length / 4 + 8);
  });

  it('refuses truncated postings instead of inventing documents', () => {
    const bytes = encodePostings([3, 9, 27, 81], [4, 4, 4, 4]);
    expect(() => walk(bytes.subarray(0, bytes.length - 1))).toThrow(RangeError);
  });

  it('finds each term of a front-coded shard, however its terms share prefixes', () => {
    const terms = ['photosynthesi', 'photon', 'photo', 'manag oper', '__proto__', 'constructor', 'ωmega', ''];
    const shard = decodeShard(encodeShard(terms.map((term, i) => [term, i + 1, encodePostings([i], [10])])));
    expect([...shard.terms.keys()].sort()).toEqual([...terms].sort());
    for (const [i, term] of terms.entries()) {
      const entry = shard.terms.get(term);
      expect(entry?.df).toBe(i + 1);
      expect(walk(shard.bytes.subarray(entry?.start, entry?.end))).toEqual([[i, 10]]);
    }
    expect(shard.terms.get('toString')).toBeUndefined();
  });

  it('keeps word counts, or leaves them out', () => {
    const words: [string, number][] = [
      ['photosynthesis', 12],
      ['photon', 3],
      ['phase', 1],
    ];
    expect(decodeWordList(encodeWordList(words, true), true)).toEqual(new Map(words));
    expect([...decodeWordList(encodeWordList(words, false), false).keys()].sort()).toEqual([
      'phase',
      'photon',
      'photosynthesis',
    ]);
  });

  it('reads one record of a pack from two byte ranges', () => {
    const records = Array.from({ length: 5 }, (_, i) => ({
      slug: i ? '' : 'old-slug',
      question: `Q${i}?`,
      snippet: `é${i}`,
    }));
    const pack = encodePack(records);
    for (const [i, record] of records.entries()) {
      const header = pack.subarray(...offsetRange(i));
      expect(decodeRecord(pack.subarray(...recordRange(header)))).toEqual(record);
    }
    expect(decodePack(pack)).toEqual(records);
    expect(decodePack(encodePack([]))).toEqual([]);
    expect(() => decodePack(pack.subarray(0, 3))).toThrow(/corrupt pack/);
  });
});
