import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainExcerpt, toPlainText } from '@/pipeline/markdown/plain';
import { truncate } from '@/lib/text/truncate';
import { EXCERPT_LENGTH, normalizeAnswer } from '@/pipeline/content/normalize';

const excerptOf = (markdown: string) => plainExcerpt(markdown, EXCERPT_LENGTH);

const whole = (markdown: string) => truncate(toPlainText(markdown), EXCERPT_LENGTH);

describe('plainExcerpt', () => {
  it('equals flattening the whole answer, for every bundled article', () => {
    const dir = path.join(process.cwd(), 'content');
    const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const answer = /\nanswer: >-\n {4}(.*)\n/.exec(fs.readFileSync(path.join(dir, file), 'utf8'))?.[1] ?? '';
      const markdown = normalizeAnswer(answer);
      expect(excerptOf(markdown), file).toBe(whole(markdown));
    }
  });

  it('is not fooled by Markdown cut in the middle of a long first paragraph', () => {
    const link = `[the report](https://example.org/${'a'.repeat(900)})`;
    const cases = [
      `Short opening with ${link} inside it and then more words.\n\nSecond paragraph.`,
      `**Bold lead-in**: ${'word '.repeat(300)}end.\n\n1. **Item**: text`,
      'Tiny answer.',
      `One.\n\nTwo.\n\n| A | B |\n| --- | --- |\n| ${'x '.repeat(200)} | y |`,
    ];
    for (const markdown of cases) expect(excerptOf(markdown)).toBe(whole(markdown));
    expect(excerptOf(cases[0] ?? '')).not.toContain('https://');
  });
});
