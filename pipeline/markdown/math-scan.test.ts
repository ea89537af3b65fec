import { describe, expect, it } from 'vitest';
import { loadLibrary } from '@/pipeline/live';
import { HOSTILE_ANSWERS } from '@/pipeline/content/__fixtures__/hostile';
import { normalizeAnswer } from '@/pipeline/content/normalize';
import { scanAnswer } from './math-scan';
import { parseTree, walkTree } from './tree';

/** The formulas remark-math finds, which the page renders. */
const remarkMath = (markdown: string) =>
  [...walkTree(parseTree(markdown))]
    .filter(({ node }) => node.type === 'math' || node.type === 'inlineMath')
    .map(({ node }) => (node.value ?? '').trim());

const SAMPLES = [
  'Inline $a \\neq b$ and display:\n\n$$\nx = \\frac{1}{2}\n$$\n\nCost \\$5, `echo $HOME`, and $$y$$ inline.',
  '```sh\necho $A $B\n```\n\n$c$ after the fence; `` a`$b$`c `` then $d$.',
  '- item $e$\n  > quote $f$\n\n| a | $g$ |\n| - | - |\n| $h$ | i |',
];

describe('the check’s cheap formula scan', () => {
  it('finds every formula remark-math finds, in the bundled answers, hostile ones and samples', async () => {
    const answers = [
      ...(await loadLibrary()).articles.map((a) => a.answerMarkdown),
      ...Object.values(HOSTILE_ANSWERS).map(normalizeAnswer),
      ...SAMPLES,
    ];
    let formulas = 0;
    for (const markdown of answers) {
      const found = scanAnswer(markdown).math.map((m) => m.tex);
      for (const tex of remarkMath(markdown)) {
        expect(found, markdown.slice(0, 80)).toContain(tex);
        formulas += 1;
      }
    }
    expect(formulas).toBeGreaterThan(150);
  }, 30_000);

  it('notices fences and code spans that cross lines', () => {
    expect(scanAnswer('```c\nx\n```')).toMatchObject({ fence: true });
    expect(scanAnswer('Use `puts("a\nb")` here.')).toMatchObject({ multilineCode: true, fence: false });
    expect(scanAnswer('Use `puts` here.')).toMatchObject({ multilineCode: false, fence: false });
  });
});
