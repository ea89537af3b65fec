import { ByteReader, ByteWriter, fromUtf8, utf8 } from './bytes';

/**
 * Front coding: sorted strings stored as the number of leading bytes shared with the previous one,
 * then the rest; each entry may carry numbers after its string (`fields`).
 */
export function writeFrontCoded(out: ByteWriter, entries: readonly (readonly [string, ...number[]])[]) {
  out.varint(entries.length);
  let previous = new Uint8Array(0);
  for (const [text, ...fields] of entries) {
    const bytes = utf8(text);
    let shared = 0;
    const max = Math.min(bytes.length, previous.length);
    while (shared < max && bytes[shared] === previous[shared]) shared++;
    out.varint(shared);
    out.varint(bytes.length - shared);
    out.bytes(bytes.subarray(shared));
    for (const field of fields) out.varint(field);
    previous = bytes;
  }
}

/** Reads front-coded entries, each with `fields` numbers, calling `visit` in order. */
export function readFrontCoded(reader: ByteReader, fields: number, visit: (text: string, values: number[]) => void) {
  const count = reader.varint();
  let previous = new Uint8Array(0);
  for (let i = 0; i < count; i++) {
    const shared = reader.varint();
    const rest = reader.slice(reader.varint());
    if (shared > previous.length) throw new RangeError('search index: corrupt front coding');
    const bytes = new Uint8Array(shared + rest.length);
    bytes.set(previous.subarray(0, shared));
    bytes.set(rest, shared);
    const values: number[] = [];
    for (let f = 0; f < fields; f++) values.push(reader.varint());
    visit(fromUtf8(bytes), values);
    previous = bytes;
  }
}
