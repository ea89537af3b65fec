import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderOgImage } from '@/components/og-image';
import { OG_FONT_RANGES, toCardText } from '@/lib/seo/og-text';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const OUT = process.env.OG_TEST_OUT; // set to a folder to keep the PNGs for a look

const QUESTIONS: Record<string, string> = {
  latin: 'How does operations management contribute to organizational efficiency?',
  emoji: 'Why do 🧬 DNA and 👩🏽‍🔬 scientists ❤️ matter? 🇫🇷 ©™',
  cjk: '光合作用是什么？ 日本語の質問 한국어 질문',
  rtl: 'ما هو التناضح؟ מהי אוסמוזה? \u202Eevil',
  long: 'Why is this question so long? '.repeat(700), // about 20 KB
  hostile: 'Tab\there\u000b\u0001\uFFFE\uD800 <script>alert(1)</script> & "quotes"',
  empty: '🧬🧬🧬',
};

describe('Open Graph images never touch the network', () => {
  let calls: string[] = [];
  beforeEach(() => {
    calls = [];
    const realFetch = globalThis.fetch;
    // next/og loads its own WebAssembly from data: URLs, which never leave the process.
    vi.stubGlobal('fetch', (input: string | URL | Request, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.startsWith('data:')) return realFetch(input, init);
      calls.push(url);
      return Promise.reject(new TypeError('fetch failed: the network is blocked in this test'));
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it.each(Object.entries(QUESTIONS))('%s question: 200, a PNG, no fetch', async (name, question) => {
    const started = performance.now();
    const response = await renderOgImage(question, name === 'cjk' ? '生物学 Biology' : 'Business and Management');
    // The first render also starts resvg's WASM; before the fix a 20 KB question took 5 s.
    expect(performance.now() - started).toBeLessThan(3000);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    const body = new Uint8Array(await response.arrayBuffer());
    expect([...body.slice(0, 8)]).toEqual(PNG);
    expect(calls).toEqual([]);
    if (OUT) fs.writeFileSync(path.join(OUT, `og-${name}.png`), body);
  });
});

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
