/**
 * The index's binary primitives, shared by the build (writing) and the engine (reading): unsigned
 * varints (7 bits a byte, low bits first), UTF-8 strings and Rice-coded bit streams.
 */
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export const utf8 = (text: string) => encoder.encode(text);
export const fromUtf8 = (bytes: Uint8Array) => decoder.decode(bytes);

/** A growable byte buffer. */
export class ByteWriter {
  private buffer = new Uint8Array(256);
  length = 0;

  private reserve(more: number) {
    if (this.length + more <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + more) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }

  byte(value: number) {
    this.reserve(1);
    this.buffer[this.length++] = value & 0xff;
  }

  varint(value: number) {
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`varint: ${value} is not a whole number ≥ 0`);
    while (value >= 0x80) {
      this.byte((value % 0x80) | 0x80);
      value = Math.floor(value / 0x80);
    }
    this.byte(value);
  }

  bytes(bytes: Uint8Array) {
    this.reserve(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** A string as its UTF-8 length, then its bytes. */
  string(text: string) {
    const bytes = utf8(text);
    this.varint(bytes.length);
    this.bytes(bytes);
  }

  u32(value: number) {
    this.reserve(4);
    new DataView(this.buffer.buffer).setUint32(this.length, value, true);
    this.length += 4;
  }

  /** A copy of what was written. */
  finish(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

/** Reads what ByteWriter wrote; reading past the end throws (a truncated or foreign file). */
export class ByteReader {
  at: number;

  constructor(
    readonly bytes: Uint8Array,
    start = 0,
    readonly end = bytes.length,
  ) {
    this.at = start;
  }

  get done() {
    return this.at >= this.end;
  }

  byte(): number {
    if (this.at >= this.end) throw new RangeError('search index: unexpected end of data');
    return this.bytes[this.at++] as number;
  }

  varint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const b = this.byte();
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      scale *= 0x80;
      if (scale > 2 ** 49) throw new RangeError('search index: varint too long');
    }
  }

  slice(length: number): Uint8Array {
    if (this.at + length > this.end) throw new RangeError('search index: unexpected end of data');
    const out = this.bytes.subarray(this.at, this.at + length);
    this.at += length;
    return out;
  }

  string(): string {
    return fromUtf8(this.slice(this.varint()));
  }
}

/** Writes bits most significant first; `finish` pads the last byte with zeros. */
export class BitWriter {
  private current = 0;
  private used = 0;

  constructor(private readonly out: ByteWriter) {}

  bit(one: boolean) {
    this.current = (this.current << 1) | (one ? 1 : 0);
    if (++this.used === 8) this.flush();
  }

  /** The low `count` bits of `value` (below 2^31), highest first, a byte's worth at a time. */
  bits(value: number, count: number) {
    let rest = count;
    while (rest > 0) {
      const n = Math.min(rest, 8 - this.used);
      this.current = (this.current << n) | ((value >>> (rest - n)) & ((1 << n) - 1));
      this.used += n;
      rest -= n;
      if (this.used === 8) this.flush();
    }
  }

  /** Rice code of a value below 2^31: the quotient in unary (ones, then a zero), then `k` low bits. */
  rice(value: number, k: number) {
    let q = value >>> k;
    while (q > 0) {
      const n = Math.min(q, 8 - this.used);
      this.current = (this.current << n) | ((1 << n) - 1);
      this.used += n;
      q -= n;
      if (this.used === 8) this.flush();
    }
    this.bit(false);
    this.bits(value, k);
  }

  finish() {
    if (this.used > 0) {
      this.current <<= 8 - this.used;
      this.flush();
    }
  }

  private flush() {
    this.out.byte(this.current);
    this.current = 0;
    this.used = 0;
  }
}

/** The Rice parameter that codes these gaps in the fewest bits (checked around the mean's logarithm). */
export function riceParameter(gaps: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < gaps.length; i++) sum += gaps[i] ?? 0;
  const mean = sum / Math.max(1, gaps.length);
  const guess = mean < 1 ? 0 : Math.floor(Math.log2(mean * Math.LN2));
  let best = { k: 0, cost: Infinity };
  for (let k = Math.max(0, guess - 1); k <= Math.min(30, guess + 1); k++) {
    let cost = gaps.length * (k + 1);
    for (let i = 0; i < gaps.length; i++) cost += (gaps[i] ?? 0) >>> k;
    if (cost < best.cost) best = { k, cost };
  }
  return best.k;
}
