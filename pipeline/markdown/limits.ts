/**
 * What the Markdown renderer is allowed to meet. remark recurses once per nesting level (2,000 nested
 * quotes overflow the stack) and slows down quadratically on long runs of emphasis or bracket marks
 * and on many underlined headings, so answers past these limits are refused by `npm run check` and
 * rendered as plain text by renderMarkdown. The bundled articles stay far below each one.
 */
export const RENDER_LIMITS = {
  /** characters in an answer (the longest bundled one has 3,875) */
  length: 20_000,
  /** quotes and list items nested on one line (bundled: 3) */
  nesting: 16,
  /** `*`, `_`, `~`, `[` and `]` in one paragraph (bundled: 33) */
  marks: 1_000,
  /** lines in one paragraph, list or table without a blank line (bundled: 11) */
  lines: 500,
  /** headings underlined with '=' or '-': remark's cost grows with their square (bundled: 0) */
  underlined: 64,
  /** levels of the parsed tree: containers, then emphasis and links inside them (bundled: 6) */
  treeDepth: 64,
};

export type RenderProblem = { line: number; message: string };

/** What one pass over an answer found: a broken limit, or the deepest nesting and most marks seen. */
export type RenderScan = { problem?: RenderProblem; deepest: number; maxMarks: number };

const isBlank = (c: string | undefined) => c === undefined || c === ' ' || c === '\t' || c === '\n';
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/**
 * Container markers (`>`, `-`, `*`, `+`, `1.`) opening a line, and its indentation in columns; the one
 * space a marker needs after it is not indentation.
 */
function linePrefix(text: string, from: number): { markers: number; columns: number } {
  let markers = 0;
  let columns = 0;
  let free = 0;
  for (let i = from; ; i += 1) {
    const c = text[i];
    if (c === ' ' || c === '\t') {
      columns += Math.max(0, (c === ' ' ? 1 : 4) - free);
      free = 0;
      continue;
    }
    free = 1;
    if (c === '>') markers += 1;
    else if ((c === '-' || c === '*' || c === '+') && isBlank(text[i + 1])) markers += 1;
    else if (isDigit(c)) {
      let j = i;
      while (j - i < 9 && isDigit(text[j])) j += 1;
      if ((text[j] !== '.' && text[j] !== ')') || !isBlank(text[j + 1])) break;
      markers += 1;
      i = j;
    } else break;
  }
  return { markers, columns };
}

/** A line of only '=' or only '-' (up to 3 spaces before, blanks after): a setext underline. */
function isUnderline(text: string, from: number, end: number): boolean {
  let i = from;
  while (i < end && i - from < 3 && text[i] === ' ') i += 1;
  const mark = text[i];
  if (mark !== '=' && mark !== '-') return false;
  while (i < end && text[i] === mark) i += 1;
  while (i < end && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r')) i += 1;
  return i === end;
}

/**
 * The first limit an answer breaks, with its 1-based line in the answer. One pass over the text: it
 * runs before remark and in `npm run check` for every article.
 */
export function scanRenderLimits(markdown: string): RenderScan {
  if (markdown.length > RENDER_LIMITS.length) {
    const message =
      `is ${markdown.length} characters; pages render at most ${RENDER_LIMITS.length}: shorten it ` +
      `or split it into two articles`;
    return { problem: { line: 1, message }, deepest: 0, maxMarks: 0 };
  }
  let deepest = 0;
  let maxMarks = 0;
  let line = 0;
  let paragraphStart = 0;
  let paragraphLines = 0;
  let marks = 0;
  let underlined = 0;
  const fail = (at: number, message: string): RenderScan => ({ deepest, maxMarks, problem: { line: at, message } });
  for (let from = 0; from <= markdown.length;) {
    line += 1;
    const newline = markdown.indexOf('\n', from);
    const end = newline === -1 ? markdown.length : newline;
    const { markers, columns } = linePrefix(markdown, from);
    // Indentation only continues containers an earlier line opened, so it never adds more than those.
    const depth = markers + Math.min(Math.floor(columns / 2), deepest);
    if (depth > RENDER_LIMITS.nesting) {
      return fail(
        line,
        `line ${line} of the answer nests ${depth} quotes or list items; pages render at most ${RENDER_LIMITS.nesting}: ` +
          `remove the extra '>', '-' or '1.' markers at its start`,
      );
    }
    deepest = Math.max(deepest, depth);
    let blank = true;
    for (let i = from; i < end; i++) {
      const c = markdown.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 13) blank = false;
      // * _ ~ [ ]
      if (c === 42 || c === 95 || c === 126 || c === 91 || c === 93) marks += 1;
    }
    if (!blank && paragraphLines > 0 && isUnderline(markdown, from, end) && ++underlined > RENDER_LIMITS.underlined) {
      return fail(
        line,
        `line ${line} of the answer underlines more than ${RENDER_LIMITS.underlined} headings with '=' or '-'; ` +
          `pages render at most ${RENDER_LIMITS.underlined}: write headings as '## Heading'`,
      );
    }
    if (blank) {
      paragraphLines = 0;
      marks = 0;
    } else {
      if (paragraphLines === 0) paragraphStart = line;
      paragraphLines += 1;
    }
    maxMarks = Math.max(maxMarks, marks);
    if (marks > RENDER_LIMITS.marks) {
      return fail(
        paragraphStart,
        `the paragraph at line ${paragraphStart} of the answer has more than ${RENDER_LIMITS.marks} '*', '_', ` +
          `'~', '[' or ']' marks; pages render at most ${RENDER_LIMITS.marks}: split it with blank lines or remove marks`,
      );
    }
    if (paragraphLines > RENDER_LIMITS.lines) {
      return fail(
        paragraphStart,
        `the paragraph, list or table at line ${paragraphStart} of the answer runs over ${RENDER_LIMITS.lines} ` +
          `lines without a blank line; pages render at most ${RENDER_LIMITS.lines}: split it with blank lines`,
      );
    }
    from = end + 1;
  }
  return { deepest, maxMarks };
}

/**
 * Whether the parsed tree could be deeper than the limit: each level of emphasis needs a mark on both
 * sides, each quote or list level two tree levels, plus the root, a paragraph and a table's rows.
 */
export const mayNestTooDeep = ({ deepest, maxMarks }: RenderScan) =>
  5 + 2 * deepest + Math.ceil(maxMarks / 2) > RENDER_LIMITS.treeDepth;

type Node = { children?: Node[]; position?: { start: { line: number } } };

/** The deepest level of a Markdown tree, walked without recursion, and the line of that node. */
export function measureTreeDepth(root: Node): { depth: number; line: number } {
  let deepest = { depth: 0, line: 1 };
  const stack: [Node, number][] = [[root, 1]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [node, depth] = item;
    if (depth > deepest.depth) deepest = { depth, line: node.position?.start.line ?? deepest.line };
    for (const child of node.children ?? []) stack.push([child, depth + 1]);
  }
  return deepest;
}
