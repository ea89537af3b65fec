import type { Problem } from '../content/types';

/** The answer `npm run new` scaffolds; the check warns while its first words remain. */
export const ANSWER_PLACEHOLDER = [
  'Write the answer here, in Markdown: an opening paragraph, then the points.',
  '',
  '1. **First point**: each list item on its own line.',
  '2. **Second point**: a blank line starts a new paragraph.',
];
// Any of its lines left in: a writer may replace the opening and keep an item.
const PLACEHOLDER_MARKS = ANSWER_PLACEHOLDER.filter(Boolean);

const FOLDED = /^>(?:[-+]?[1-9]?|[1-9][-+])[ \t]*(?:#.*)?$/;
// Markdown that lives on its own line. Up to three digits: a wrapped line starting "2024. " is a year, not an item.
const MARKDOWN_LINE: [RegExp, string][] = [
  [/^(?:[-*+]|\d{1,3}[.)])[ \t]/, 'list item'],
  [/^#{1,6}[ \t]/, 'heading'],
  [/^(?:```|~~~)/, 'code fence'],
  [/^\|/, 'table row'],
  [/^>/, 'quote'],
];
const CURE = 'Write `answer: |-` to keep the line breaks (the page renders it the same)';

type Found = Pick<Problem, 'line' | 'message'>;

/** The `answer:` line at the left margin: its offsets in the block and its file line (the block starts on 2). */
function answerLine(frontMatter: string): { start: number; end: number; line: number } | undefined {
  const start = frontMatter.startsWith('answer:') ? 0 : frontMatter.indexOf('\nanswer:') + 1;
  if (start === 0 && !frontMatter.startsWith('answer:')) return undefined;
  let line = 2;
  for (let i = frontMatter.indexOf('\n'); i >= 0 && i < start; i = frontMatter.indexOf('\n', i + 1)) line++;
  const end = frontMatter.indexOf('\n', start);
  return { start, end: end < 0 ? frontMatter.length : end, line };
}

/**
 * A folded answer (`answer: >-`) whose raw lines hold a list, other line-based Markdown or a blank line: YAML joins folded lines
 * with spaces, so the items run together and the paragraph break is lost, with no error. The real data
 * writes one long line with `\n` sequences, which has neither.
 */
export function findFoldedBreak(frontMatter: string): Found | undefined {
  const at = answerLine(frontMatter);
  if (!at) return undefined;
  let { end, line } = at;
  const header = frontMatter.slice(at.start + 'answer:'.length, end).trim();
  if (!FOLDED.test(header)) return undefined;
  const indicator = header.split(/[ \t#]/)[0];
  let indent = -1;
  let previous: 'none' | 'folded' | 'kept' = 'none';
  let blank = false;
  while (end < frontMatter.length) {
    const from = end + 1;
    end = frontMatter.indexOf('\n', from);
    if (end < 0) end = frontMatter.length;
    line++;
    const raw = frontMatter.slice(from, end);
    const content = raw.trimStart();
    if (content === '') {
      blank = previous !== 'none';
      continue;
    }
    const at = raw.length - content.length;
    if (at === 0) return undefined;
    if (indent < 0) indent = at;
    // YAML keeps the line breaks around a more-indented line; it folds only between two lines at the block's indent.
    const kept = at > indent;
    if (previous === 'folded' && !kept) {
      if (blank)
        return {
          line,
          message:
            `is folded (${indicator}), so YAML joins its lines: the blank line above this one is no ` +
            `paragraph break. ${CURE}, or write \\n\\n between paragraphs`,
        };
      const kind = MARKDOWN_LINE.find(([pattern]) => pattern.test(content))?.[1];
      if (kind)
        return {
          line,
          message:
            `is folded (${indicator}), so YAML joins its lines: the ${kind} on this line runs into the ` +
            `line above. ${CURE}, or end the line above with \\n`,
        };
    }
    previous = kept ? 'kept' : 'folded';
    blank = false;
  }
  return undefined;
}

/**
 * The answer as written in the file: real line breaks folded away (a warning), and the scaffold's placeholder,
 * an error so that a scaffold committed by mistake never deploys.
 */
export function checkAnswerSource(file: string, frontMatter: string, answerMarkdown: string): Problem[] {
  const problems: Problem[] = [];
  const folded = findFoldedBreak(frontMatter);
  if (folded) problems.push({ file, field: 'answer', severity: 'warning', ...folded });
  if (PLACEHOLDER_MARKS.some((mark) => answerMarkdown.includes(mark)))
    problems.push({
      file,
      line: answerLine(frontMatter)?.line,
      field: 'answer',
      severity: 'error',
      message: "still holds npm run new's placeholder: replace it with the answer (a build refuses it)",
    });
  return problems;
}
