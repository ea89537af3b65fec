import { describe, expect, it } from 'vitest';
import { jsonShowingInvisible } from './invisible';
import { formatReport, type Report } from './report';

// Rows a database may hold from before comments were cleaned, or with the joiners that are kept.
const REPORT: Report = {
  articles: [
    {
      url: '/learn/a/questions/b',
      helpful: 1,
      unhelpful: 2,
      comments: ['\u202Eevil\u202C says \u2066hi\u2069', 'ok\u00AD'],
    },
  ],
  searchMisses: [{ query: 'kre\u200Bbs 👩\u200D🔬 \u{E0041}', count: 3 }],
};

describe('npm run report', () => {
  it('shows every format or control character escaped in the text report', () => {
    const text = formatReport(REPORT);
    expect(text).toContain('"<U+202E>evil<U+202C> says <U+2066>hi<U+2069>"');
    expect(text).toContain('"ok<U+00AD>"');
    expect(text).toContain('kre<U+200B>bs 👩<U+200D>🔬 <U+E0041>');
    expect(text).not.toMatch(/[\p{Cf}]/u);
  });

  it('escapes them in --json too, and the JSON still reads back the same', () => {
    const json = jsonShowingInvisible(REPORT);
    expect(json).not.toMatch(/[\p{Cf}]/u);
    expect(json).toContain('\\u202E');
    expect(JSON.parse(json)).toEqual(REPORT);
  });
});
