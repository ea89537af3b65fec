import { describe, expect, it } from 'vitest';
import { prefersMarkdown } from './accept';

describe('prefersMarkdown', () => {
  it('gives browsers HTML', () => {
    const chrome =
      'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,' +
      'application/signed-exchange;v=b3;q=0.7';
    expect(prefersMarkdown(chrome)).toBe(false);
    expect(prefersMarkdown('text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8')).toBe(false);
  });

  it('gives HTML with no header, */*, text/* or HTML listed first', () => {
    expect(prefersMarkdown(null)).toBe(false);
    expect(prefersMarkdown('')).toBe(false);
    expect(prefersMarkdown('*/*')).toBe(false);
    expect(prefersMarkdown('text/*')).toBe(false);
    expect(prefersMarkdown('text/html, text/markdown')).toBe(false);
  });

  it('gives Markdown when it ranks higher, or ties and is listed first', () => {
    expect(prefersMarkdown('text/markdown')).toBe(true);
    expect(prefersMarkdown('TEXT/Markdown; charset=utf-8')).toBe(true);
    expect(prefersMarkdown('text/markdown, text/html;q=0.9')).toBe(true);
    expect(prefersMarkdown('text/html;q=0.5, text/markdown;q=0.8, */*;q=0.1')).toBe(true);
    expect(prefersMarkdown('text/markdown, */*;q=0.5')).toBe(true);
    expect(prefersMarkdown('text/markdown, text/html, */*')).toBe(true);
  });

  it('honours q=0 and the most specific range', () => {
    expect(prefersMarkdown('text/markdown;q=0, text/*')).toBe(false);
    expect(prefersMarkdown('text/*;q=0.9, text/html;q=0.1')).toBe(true);
    expect(prefersMarkdown('text/html;q=0, text/*;q=0.5')).toBe(true);
    expect(prefersMarkdown('text/html; charset=utf-8, text/markdown;q=0.5')).toBe(false);
  });

  it('skips unreadable ranges instead of trusting them', () => {
    expect(prefersMarkdown('text/markdown;q=abc')).toBe(false);
    expect(prefersMarkdown('garbage, ;;;, /, text/markdown;q=0.5')).toBe(true);
  });

  it('reads a bounded number of ranges', () => {
    const ranges = (n: number) => Array.from({ length: n }, (_, i) => `x/y${i}`).join(',');
    expect(prefersMarkdown(`${ranges(31)},text/markdown`)).toBe(true);
    expect(prefersMarkdown(`${ranges(32)},text/markdown`)).toBe(false);
  });
});
