import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle } from '@/pipeline/check/file';
import { HIGHLIGHT_LIMITS } from './highlight-limits';
import { renderMarkdown } from './render';

const seed = readFileSync(path.join(process.cwd(), 'pipeline/content/__fixtures__/seed.md'), 'utf8');
const FILE = 'business-and-management/how-does-operations-management-contribute-to-organizational-efficiency.md';
const answerWarnings = (answer: string) =>
  readArticle(FILE, seed.replace(/\nanswer: >-\n(?: {4}.*\n)+/, `\nanswer: >-\n    ${answer}\n`))
    .problems.filter((p) => p.field === 'answer')
    .map((p) => `${p.severity}: ${p.message}`);

const block = (language: string, code: string) => `\`\`\`${language}\n${code}\n\`\`\``;

describe('highlighting limits', () => {
  it('leaves a 19,900-character ini block plain, and fast', () => {
    // The input: one run of letters, which the ini grammar retries from every position.
    const code = 'a'.repeat(19_900);
    const started = performance.now();
    const html = renderMarkdown(block('ini', code));
    const ms = performance.now() - started;
    expect(html).not.toContain('hljs-');
    // Highlighted, this block took 3.3-3.5 s (10.4 s on the loaded 2-core test machine); plain, a few ms.
    expect(ms).toBeLessThan(1000);
  });

  it('highlights blocks up to the limit, and up to the answer budget', () => {
    const small = 'x = 1\n'.repeat(Math.floor(HIGHLIGHT_LIMITS.block / 6));
    expect(renderMarkdown(block('python', small))).toContain('hljs-');
    const three = [small, small, small].map((code) => block('python', code)).join('\n\n');
    const html = renderMarkdown(three);
    expect(html.split('<pre>').filter((part) => part.includes('hljs-'))).toHaveLength(2);
  });

  it('warns in the check about each block a page leaves plain', () => {
    const code = 'a = 1\\n'.repeat(400);
    const found = answerWarnings(`Code:\\n\\n\`\`\`python\\n${code}\`\`\``);
    expect(found).toContainEqual(
      expect.stringMatching(
        /^warning: the code block at line 3 of the answer \(2399 characters\) is shown without highlighting/,
      ),
    );
  });

  it('warns when a \\n inside a code string became a line break, and not for \\\\n', () => {
    const broken = answerWarnings('In C:\\n\\n```c\\nprintf("a\\n");\\n```');
    expect(broken).toContainEqual(
      expect.stringMatching(/code at line 4 of the answer breaks inside a string.*write \\\\n/),
    );
    expect(answerWarnings('In C:\\n\\n```c\\nprintf("a\\\\n");\\n```')).toEqual([]);
    expect(answerWarnings('Use `puts("b\\n")` here.')).toContainEqual(
      expect.stringMatching(/code at line 1 of the answer breaks/),
    );
    expect(answerWarnings('Use `puts("b\\\\n")` here.')).toEqual([]);
  });
});
