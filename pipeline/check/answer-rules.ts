import { HIGHLIGHT_LIMITS, unhighlightedBlocks } from '@/pipeline/markdown/highlight-limits';
import { scanAnswer } from '@/pipeline/markdown/math-scan';
import { highlightedLanguage } from '@/pipeline/markdown/plugins';
import { parseTree, walkTree, type TreeNode } from '@/pipeline/markdown/tree';
import { answerOutputProblem, chargeMath, renderTex } from '@/pipeline/markdown/tex-guard';
import type { Problem } from '../content/types';

type Found = Pick<Problem, 'severity' | 'message'>;

const lineOf = (node: TreeNode) => node.position?.start.line ?? 1;
const snippet = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/** Inline maths that reads as prose ("$5 and a refill $"): a leading number then words, or several words. */
export function looksLikeProse(tex: string): boolean {
  const bare = tex
    .replace(/\\(?:text|textrm|textbf|textit|mbox|mathrm|mathit|mathbf|operatorname)\s*\{[^{}]*\}/g, ' ')
    .replace(/\\[A-Za-z]+/g, ' ');
  const words = bare.match(/[A-Za-z]{3,}/g) ?? [];
  return (
    (/^\s*\d[\d.,]*\s+[A-Za-z]{2,}/.test(bare) && /\s/.test(tex)) ||
    (words.length >= 2 && /[A-Za-z]{3,}\s+[A-Za-z]{3,}/.test(bare))
  );
}

// Attributes hold no '<', so each failed '<a ' stops at the next '<': linear on any input.
const RAW_HTML = /<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>|<!--/i;

/** Markdown with raw HTML outside code spans, which the page strips. */
export const hasRawHtml = (markdown: string) => RAW_HTML.test(markdown.replace(/`[^`]*`/g, ''));

/** A line of code that opens a string it never closes: often a `\n` that was meant literally. */
const oddQuotes = (line: string) =>
  !line.includes('"""') && (line.replace(/\\./g, '').match(/"/g) ?? []).length % 2 === 1;

/**
 * The answer's formulas and code, read from its Markdown tree: a formula the renderer refuses is an error
 * (the same renderTex as the page), TeX errors, prose between dollars, code left unhighlighted and code
 * broken by a `\n` are warnings. Runs only on answers within the render limits.
 */
export function checkAnswerTree(markdown: string, where = 'the answer'): Found[] {
  if (!needsTree(markdown)) return [];
  const found: Found[] = [];
  const blocks: TreeNode[] = [];
  const render = {};
  let overBudget = false;
  for (const { node } of walkTree(parseTree(markdown))) {
    const at = `at line ${lineOf(node)} of ${where}`;
    if (node.type === 'math' || node.type === 'inlineMath') {
      const tex = node.value ?? '';
      const result = renderTex(tex, node.type === 'math', { tree: false });
      if (result.problem !== undefined)
        found.push({ severity: 'error', message: `the formula ${at} ${result.problem}` });
      else if (!chargeMath(render, result.size)) overBudget = true;
      else if (result.warning)
        found.push({ severity: 'warning', message: `the formula ${at} has a TeX error (${result.warning})` });
      if (node.type === 'inlineMath' && looksLikeProse(tex)) {
        found.push({
          severity: 'warning',
          message: `"$${snippet(tex)}$" ${at} reads as prose between two dollar signs, which renders as maths: write a dollar sign as \\$`,
        });
      }
    } else if (node.type === 'code') {
      if (highlightedLanguage(node)) blocks.push(node);
      const lines = (node.value ?? '').split('\n');
      const broken = lines.findIndex((line, i) => i < lines.length - 1 && oddQuotes(line));
      if (broken >= 0) found.push(literalNewline(lineOf(node) + 1 + broken));
    } else if (node.type === 'inlineCode' && node.position && node.position.start.line !== node.position.end.line) {
      found.push(literalNewline(lineOf(node)));
    }
  }
  if (overBudget) found.push({ severity: 'error', message: answerOutputProblem() });
  for (const index of unhighlightedBlocks(blocks.map((block) => block.value ?? ''))) {
    const block = blocks[index] as TreeNode;
    found.push({
      severity: 'warning',
      message:
        `the code block at line ${lineOf(block)} of the answer (${(block.value ?? '').length} characters) ` +
        `is shown without highlighting: pages highlight blocks of up to ${HIGHLIGHT_LIMITS.block} characters, ` +
        `${HIGHLIGHT_LIMITS.answer} an answer`,
    });
  }
  return found;
}

/**
 * Whether the answer may hold something to report: a code fence, a code span across lines, or a formula
 * that is refused, has a TeX error, reads as prose or overruns the answer's MathML. Most answers have
 * none, and skip the parse.
 */
function needsTree(markdown: string): boolean {
  const scan = scanAnswer(markdown);
  if (scan.fence || scan.multilineCode) return true;
  const render = {};
  return scan.math.some(({ tex, display }) => {
    const result = renderTex(tex, display, { tree: false });
    return (
      result.problem !== undefined ||
      !!result.warning ||
      !chargeMath(render, result.size) ||
      (!display && looksLikeProse(tex))
    );
  });
}

const literalNewline = (line: number): Found => ({
  severity: 'warning',
  message:
    `code at line ${line} of the answer breaks inside a string: \\n in the answer is a line break; for ` +
    `a literal backslash-n in code write \\\\n`,
});
