import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle } from '@/pipeline/check/file';
import { renderAnswer } from './render';
import { safeAnswerMarkdown } from './safe-answer';

const content = path.join(process.cwd(), 'content');
const bundled = fs
  .readdirSync(content, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.md'))
  .map((file) => readArticle(file, fs.readFileSync(path.join(content, file), 'utf8')).article?.answerMarkdown ?? '');

// Each one makes safeAnswerMarkdown edit, or reach the autolink transform that changes the parsed tree.
const tricky = [
  'See www.example.org and mail me@example.org: <b>bold</b> and <script>x</script>.',
  '[click](javascript:alert(1)) and ![img](data:text/html,x) and [ok](https://example.org)',
  '[ref]: javascript:alert(1)\n\nUse [ref] here: https://example.org/a_(b)',
  'Inline $a &lt; b$ and \\: escaped, &#58; encoded\n\n| a | b |\n| - | - |\n| <i>x</i> | [y](vbscript:1) |',
  '> <div>\n> quoted html\n> </div>\n\n1. one: [x](JAVASCRIPT:1)\n2. two',
  `${'*'.repeat(1200)}`,
];

describe('renderAnswer: the Markdown copy from the renderer’s own parse', () => {
  it.each([...bundled.map((md, i) => [`bundled ${i}`, md]), ...tricky.map((md, i) => [`tricky ${i}`, md])])(
    'gives what safeAnswerMarkdown gives from its own parse: %s',
    (_, markdown) => {
      expect(renderAnswer(markdown).copy).toBe(safeAnswerMarkdown(markdown));
    },
  );

  it('still drops what the page drops from the copy', () => {
    const { html, copy } = renderAnswer(tricky[1] ?? '');
    expect(copy).not.toContain('javascript:');
    expect(html).not.toContain('javascript:');
    expect(copy).toContain('[ok](https://example.org)');
  });
});
