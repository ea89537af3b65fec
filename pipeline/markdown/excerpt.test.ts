import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanContent } from '@/pipeline/scan';
import { plainExcerpt, toPlainText } from '@/pipeline/markdown/plain';
import { truncate } from '@/lib/text/truncate';
import { EXCERPT_LENGTH } from '@/pipeline/content/normalize';

const excerptOf = (markdown: string) => plainExcerpt(markdown, EXCERPT_LENGTH);

const whole = (markdown: string) => truncate(toPlainText(markdown), EXCERPT_LENGTH);

describe('plainExcerpt', () => {
  it('equals flattening the whole answer, for every bundled article in either answer style', async () => {
    const { articles } = await scanContent({ dir: path.join(process.cwd(), 'content'), cache: false });
    expect(articles.length).toBeGreaterThan(0);
    for (const { file, answerMarkdown } of articles) {
      expect(answerMarkdown, file).not.toBe('');
      expect(excerptOf(answerMarkdown), file).toBe(whole(answerMarkdown));
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
