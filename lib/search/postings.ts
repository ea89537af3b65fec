import { BitWriter, ByteReader, ByteWriter, riceParameter } from './bytes';

/**
 * One term's postings: its documents grouped in score tiers, highest score first. Each tier is its
 * score, its size and its ascending documents as gaps; a tier of more than two is Rice-coded with the
 * parameter that suits its density (a word in half of the articles costs about two bits a document).
 */
const VARINT_TIER = 2;

/** Documents (ascending) and their scores -> the term's bytes. */
export function encodePostings(docs: ArrayLike<number>, scores: ArrayLike<number>): Uint8Array {
  const tiers = new Map<number, number[]>();
  for (let i = 0; i < docs.length; i++) {
    const score = scores[i] ?? 0;
    const list = tiers.get(score);
    if (list) list.push(docs[i] ?? 0);
    else tiers.set(score, [docs[i] ?? 0]);
  }
  return encodeTiers(tiers);
}

/** Score -> its documents (ascending, none empty) -> the term's bytes, as encodePostings writes them. */
export function encodeTiers(tiers: ReadonlyMap<number, readonly number[]>): Uint8Array {
  const out = new ByteWriter();
  out.varint(tiers.size);
  for (const [score, list] of [...tiers].sort((a, b) => b[0] - a[0])) {
    out.varint(score);
    out.varint(list.length);
    const gaps = list.map((doc, i) => doc - (i === 0 ? -1 : (list[i - 1] ?? 0)) - 1);
    if (list.length <= VARINT_TIER) {
      for (const gap of gaps) out.varint(gap);
      continue;
    }
    const k = riceParameter(gaps);
    out.byte(k);
    const bits = new BitWriter(out);
    for (const gap of gaps) bits.rice(gap, k);
    bits.finish();
  }
  return out.finish();
}

/** Calls `visit` with each document and its score, tier by tier (bytes[start, end) is one term's postings). */
export function forEachPosting(
  bytes: Uint8Array,
  visit: (doc: number, score: number) => void,
  start = 0,
  end = bytes.length,
) {
  const reader = new ByteReader(bytes, start, end);
  const tiers = reader.varint();
  for (let t = 0; t < tiers; t++) {
    const score = reader.varint();
    const count = reader.varint();
    let doc = -1;
    if (count <= VARINT_TIER) {
      for (let i = 0; i < count; i++) visit((doc += reader.varint() + 1), score);
      continue;
    }
    const k = reader.byte();
    reader.at = readRice(bytes, reader.at, end, count, k, (gap) => visit((doc += gap + 1), score));
  }
}

/**
 * Decodes `count` Rice codes of parameter `k` from bytes[at, end), most significant bit first; returns where the
 * byte-aligned stream ends. Written as one loop over local variables: a common word's postings are read this way
 * for every query that holds it.
 */
function readRice(bytes: Uint8Array, at: number, end: number, count: number, k: number, emit: (gap: number) => void) {
  let current = 0;
  let left = 0;
  const unit = 2 ** k;
  for (let i = 0; i < count; i++) {
    let q = 0;
    for (;;) {
      if (left === 0) {
        if (at >= end) throw new RangeError('search index: unexpected end of postings');
        current = bytes[at++] as number;
        left = 8;
      }
      left--;
      if (((current >> left) & 1) === 0) break;
      q++;
    }
    let low = 0;
    for (let b = 0; b < k; b++) {
      if (left === 0) {
        if (at >= end) throw new RangeError('search index: unexpected end of postings');
        current = bytes[at++] as number;
        left = 8;
      }
      left--;
      low = low * 2 + ((current >> left) & 1);
    }
    emit(q * unit + low);
  }
  return at;
}
