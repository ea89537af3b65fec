import { ByteReader, ByteWriter } from './bytes';
import { readFrontCoded, writeFrontCoded } from './front-coded';

/**
 * A bucket of the word dictionary (word -> how many articles use it) or of the English words the site
 * never uses (counts left out): sorted, front-coded.
 */
export function encodeWordList(words: readonly (readonly [word: string, df: number])[], counts: boolean): Uint8Array {
  const sorted = [...words].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const out = new ByteWriter();
  writeFrontCoded(
    out,
    sorted.map(([word, df]) => (counts ? ([word, df] as const) : ([word] as const))),
  );
  return out.finish();
}

export function decodeWordList(bytes: Uint8Array, counts: boolean): Map<string, number> {
  const words = new Map<string, number>();
  readFrontCoded(new ByteReader(bytes), counts ? 1 : 0, (word, [df = 0]) => words.set(word, df));
  return words;
}
