import { describe, expect, it } from 'vitest';
import { readArticle } from '@/pipeline/check/file';
import { renderMarkdown } from './render';
import { MACRO_DEFINITIONS, renderTex, TEX_LIMITS } from './tex-guard';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const seed = readFileSync(path.join(process.cwd(), 'pipeline/content/__fixtures__/seed.md'), 'utf8');

/** The seed article with its answer replaced (a folded scalar, \n escapes as the data writes them). */
function withAnswer(answer: string) {
  const source = seed.replace(/\nanswer: >-\n(?: {4}.*\n)+/, `\nanswer: >-\n    ${answer}\n`);
  const result = readArticle(
    'business-and-management/how-does-operations-management-contribute-to-organizational-efficiency.md',
    source,
  );
  const answerLine = source.split('\n').findIndex((line) => line.startsWith('answer:')) + 1;
  return { result, answerLine };
}

const errors = (answer: string) => withAnswer(answer).result.problems.filter((p) => p.severity === 'error');
const warnings = (answer: string) =>
  withAnswer(answer).result.problems.filter((p) => p.severity === 'warning' && p.field === 'answer');

const AMPLIFIER = String.raw`$\def\a#1{#1#1#1#1#1#1#1#1#1#1}\a{\a{\a{X}}}$`;

describe('TeX macro amplification', () => {
  it('renders the 94-character amplifier as its TeX text, not a thousand X', () => {
    const html = renderMarkdown(`Text ${AMPLIFIER} more.`);
    expect(html.length).toBeLessThan(500);
    expect(html).not.toContain('<math');
    expect(html).toContain(String.raw`\def\a#1`);
  });

  it('refuses it in the check, naming the answer line', () => {
    const { result, answerLine } = withAnswer(`Text ${AMPLIFIER} more.`);
    const problem = result.problems.find((p) => p.severity === 'error');
    expect(problem).toMatchObject({ field: 'answer', line: answerLine });
    expect(problem?.message).toMatch(/defines a macro \(\\def\)/);
  });

  it.each([
    String.raw`\def\x{y}`,
    String.raw`\gdef\x{y}`,
    String.raw`\edef\x{y}`,
    String.raw`\xdef\x{y}`,
    String.raw`\let\x=y`,
    String.raw`\futurelet\x\y\z`,
    String.raw`\global\def\x{y}`,
    String.raw`\long\def\x{y}`,
    String.raw`\newcommand{\x}{y}`,
    String.raw`\renewcommand{\frac}{y}`,
    String.raw`\providecommand{\x}{y}`,
    String.raw`\definecolor{c}{HTML}{FF0000}`,
  ])('refuses %s in the renderer and the check', (tex) => {
    expect(renderTex(tex, false).problem).toMatch(/defines a macro/);
    expect(errors(`Before $${tex} x$ after.`)[0]?.message).toMatch(/defines a macro/);
  });

  it('lists every macro-defining command and passes ordinary TeX', () => {
    expect(MACRO_DEFINITIONS.size).toBe(12);
    expect(renderTex(String.raw`\dfrac{-b \pm \sqrt{b^2 - 4ac}}{2a} \neq \nu`, true).problem).toBeUndefined();
    expect(errors(String.raw`Energy $E = mc^2$ and $\mathrm{H_2O}$.`)).toEqual([]);
  });

  it.each([
    ['2,000 nested braces', `${'{'.repeat(2000)}x${'}'.repeat(2000)}`],
    ['700 nested environments', `${String.raw`\begin{matrix}`.repeat(700)}x${String.raw`\end{matrix}`.repeat(700)}`],
    ['1,400 nested \\left', `${String.raw`\left(`.repeat(1400)}x${String.raw`\right)`.repeat(1400)}`],
  ])('refuses %s in the check; the page keeps the rest of the answer', (_, tex) => {
    const html = renderMarkdown(`**Bold** text.\n\n$$${tex}$$`);
    expect(html).toContain('<strong>Bold</strong>');
    expect(errors(`**Bold** text.\\n\\n$$${tex}$$`)[0]?.message).toMatch(/characters; a formula may have|nests groups/);
  });

  it('refuses a formula nested just past the depth limit, renders one at it', () => {
    const nest = (n: number) => `${'{'.repeat(n)}x${'}'.repeat(n)}`;
    expect(renderTex(nest(TEX_LIMITS.depth), false).problem).toBeUndefined();
    expect(renderTex(nest(TEX_LIMITS.depth + 1), false).problem).toMatch(/nests groups 33 deep/);
  });

  it('caps one formula and one answer by the MathML they render to', () => {
    const big = String.raw`\coh`.repeat(200);
    expect(renderTex(big, false).problem).toMatch(/renders to \d+ characters of MathML/);
    expect(errors(`Big $${big}$.`)[0]?.message).toMatch(/renders to \d+ characters/);
    // Five formulas of about 41,000 characters each: every one under the formula cap, together over the answer's.
    const many = Array.from({ length: 5 }, () => `$${String.raw`\coh`.repeat(100)}$`).join(' ');
    expect(errors(many).map((p) => p.message)).toContain(
      'the formulas render to more than 200000 characters of MathML in all: use fewer or shorter formulas',
    );
    expect(renderMarkdown(many).length).toBeLessThan(TEX_LIMITS.answerOutput * 1.2);
  }, 30_000);
});

describe('TeX geometry (finding 7)', () => {
  const attributes = (tex: string) => renderMarkdown(`$${tex}$`);
  it('caps \\raisebox, \\rule, spaces and fraction bars', () => {
    expect(attributes(String.raw`\raisebox{12em}{x}`)).toContain('voffset="1em"');
    expect(attributes(String.raw`\raisebox{-20em}{x}`)).toContain('voffset="-1em"');
    const rule = attributes(String.raw`\rule{100000em}{100000em}`);
    expect(rule).toContain('width="20em"');
    expect(rule).toContain('height="3em"');
    expect(attributes(String.raw`\hspace{50cm}`)).toContain('width="20em"');
    expect(attributes(String.raw`\genfrac{}{}{100em}{}{a}{b}`)).toContain('linethickness="0.5em"');
    expect(attributes(String.raw`\raisebox{0.2em}{x}\,`)).toContain('voffset="0.2em"');
  });
});

describe('TeX errors and prose between dollars', () => {
  it('warns when a $…$ span reads as prose, and suggests \\$', () => {
    const found = warnings('A coffee costs $5 and a refill $10 at most.');
    expect(found.map((p) => p.message).join('\n')).toMatch(
      /"\$5 and a refill \$" at line 1 of the answer reads as prose.*write a dollar sign as \\\$/,
    );
    expect(warnings(String.raw`A coffee costs \$5 and a refill \$10.`)).toEqual([]);
    expect(warnings(String.raw`The rate $k = \text{rate constant}$ and $PV = nRT$ and $5 \times 10^{3}$.`)).toEqual([]);
  });

  it('warns with Temml’s reason for a TeX error', () => {
    expect(warnings(String.raw`Bad $\frac{a}$ here.`)[0]?.message).toMatch(/TeX error/);
  });
});
