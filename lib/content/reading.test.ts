import { describe, expect, it } from 'vitest';
import { countWords } from './reading';

const REGEX = /[\p{L}\p{N}'’-]+/gu;
const slow = (text: string) => text.match(REGEX)?.length ?? 0;

describe('countWords', () => {
  it('counts as the Unicode word pattern does, on ASCII and non-ASCII text', () => {
    const alphabet = [
      'a',
      'Z',
      '0',
      '9',
      "'",
      '-',
      ' ',
      '\n',
      '\r',
      '\t',
      '\x07',
      '@',
      '[',
      '`',
      '{',
      '_',
      '*',
      'é',
      '’',
      'ß',
      '٣',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 3000; n++) {
      const ascii = n % 2 === 0;
      const pool = ascii ? alphabet.filter((c) => c.charCodeAt(0) < 128) : alphabet;
      const text = Array.from({ length: next() % 60 }, () => pool[next() % pool.length]).join('');
      expect(countWords(text), JSON.stringify(text)).toBe(slow(text));
    }
  });

  it('counts every ASCII code point the same way as the pattern', () => {
    for (let c = 0; c < 128; c++) {
      const text = `a${String.fromCharCode(c)}b`;
      expect(countWords(text), `code ${c}`).toBe(slow(text));
    }
  });
});
