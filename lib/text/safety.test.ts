import { describe, expect, it } from 'vitest';
import { escapeXml } from './escape';
import { findUnsafeCharacter } from './safety';

const samples = (): string[] => {
  const out: string[] = [];
  for (let code = 0; code <= 0xffff; code++) out.push(String.fromCharCode(code));
  for (const point of [0x1fffe, 0x1ffff, 0x10fffe, 0x10ffff, 0x1f600, 0x1fffd, 0x2fffe])
    out.push(String.fromCodePoint(point));
  out.push('\uD800x', 'x\uDC00');
  return out;
};

describe('the one set of unsafe characters', () => {
  it('escapeXml drops exactly what the content check refuses in a multi-line field', () => {
    const disagree = samples().filter((text) => {
      const refused = findUnsafeCharacter(text, true) !== undefined;
      const dropped = escapeXml(text).length < text.replace(/[<>&'"]/g, '').length;
      return refused !== dropped;
    });
    expect(disagree.map((t) => [...t].map((c) => c.codePointAt(0)?.toString(16)).join(' '))).toEqual([]);
  });

  it('refuses astral non-characters and names them, and keeps emoji', () => {
    expect(findUnsafeCharacter(`a${String.fromCodePoint(0x1fffe)}`, true)).toBe(
      'contains the Unicode non-character U+1FFFE at character 2; remove it',
    );
    expect(findUnsafeCharacter('😀 ok', false)).toBeUndefined();
    expect(findUnsafeCharacter('one\ttwo', false)).toBe(
      'contains a tab or line break U+0009 at character 4; remove it (this field is one line)',
    );
    expect(findUnsafeCharacter('one\ttwo', true)).toBeUndefined();
  });
});
