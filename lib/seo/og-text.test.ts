import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OG_FONT_RANGES, toCardText } from './og-text';
import { OG_QUESTIONS as QUESTIONS } from './__fixtures__/og-questions';

describe('card text', () => {
  it('keeps only glyphs of the bundled font and cuts long text at a word', () => {
    expect(toCardText(QUESTIONS.emoji ?? '', 120)).toBe('Why do DNA and scientists matter? ©™');
    expect(toCardText(QUESTIONS.cjk ?? '', 120)).toBe('');
    expect(toCardText(QUESTIONS.rtl ?? '', 120)).toBe('? evil');
    expect(toCardText('אב ג', 120)).toBe('');
    expect(toCardText(QUESTIONS.hostile ?? '', 120)).toBe('Tab here <script>alert(1)</script> & "quotes"');
    const long = toCardText(QUESTIONS.long ?? '', 120);
    expect(long.length).toBeLessThanOrEqual(120);
    expect(long.endsWith('…')).toBe(true);
  });

  it("lists exactly the code points of next/og's bundled font", () => {
    const font = fs.readFileSync(
      path.join(process.cwd(), 'node_modules/next/dist/compiled/@vercel/og/Geist-Regular.ttf'),
    );
    const ranges: number[] = [];
    for (const code of [...readCmap(font)].sort((a, b) => a - b)) {
      if (ranges.length > 0 && ranges[ranges.length - 1] === code - 1) ranges[ranges.length - 1] = code;
      else ranges.push(code, code);
    }
    expect(ranges).toEqual(OG_FONT_RANGES);
  });
});

/** The code points a TrueType font maps to a glyph (cmap formats 4 and 12). */
function readCmap(font: Buffer): Set<number> {
  const points = new Set<number>();
  let cmap = 0;
  for (let i = 0; i < font.readUInt16BE(4); i++) {
    if (font.toString('latin1', 12 + i * 16, 16 + i * 16) === 'cmap') cmap = font.readUInt32BE(20 + i * 16);
  }
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
    const at = cmap + font.readUInt32BE(cmap + 8 + i * 8);
    if (font.readUInt16BE(at) === 4) {
      const segments = font.readUInt16BE(at + 6) / 2;
      const [ends, starts] = [at + 14, at + 16 + segments * 2];
      const [deltas, offsets] = [starts + segments * 2, starts + segments * 4];
      for (let s = 0; s < segments; s++) {
        const [end, start, delta, offset] = [
          font.readUInt16BE(ends + s * 2),
          font.readUInt16BE(starts + s * 2),
          font.readInt16BE(deltas + s * 2),
          font.readUInt16BE(offsets + s * 2),
        ];
        for (let code = start; code <= end && code !== 0xffff; code++) {
          const raw = offset === 0 ? code : font.readUInt16BE(offsets + s * 2 + offset + (code - start) * 2);
          if (offset !== 0 && raw === 0) continue;
          if (((raw + delta) & 0xffff) !== 0) points.add(code);
        }
      }
    } else if (font.readUInt16BE(at) === 12) {
      for (let g = 0; g < font.readUInt32BE(at + 12); g++) {
        for (let code = font.readUInt32BE(at + 16 + g * 12); code <= font.readUInt32BE(at + 20 + g * 12); code++)
          points.add(code);
      }
    }
  }
  return points;
}
