import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkHtml from 'remark-html';
import remarkMath from 'remark-math';
import { escapeXml } from '@/lib/escape';
import {
  measureTreeDepth,
  mayNestTooDeep,
  RENDER_LIMITS,
  scanRenderLimits,
  type RenderProblem,
} from '@/lib/markdown-limits';
import { withoutHtml } from '@/lib/markdown-html-blocks';
import { ANSWER_HANDLERS, ANSWER_SCHEMA } from '@/lib/markdown-plugins';
import { mathToText } from '@/lib/tex-text';

// remark-html sanitizes (GitHub's schema, plus MathML and highlight classes): raw HTML and javascript: URLs are dropped.
const processor = remark()
  .use(remarkGfm)
  .use(remarkMath)
  .use(remarkHtml, { handlers: ANSWER_HANDLERS, sanitize: ANSWER_SCHEMA })
  .freeze();

/**
 * Markdown to sanitized HTML. An answer past the renderer's limits (npm run check refuses it), or one
 * remark throws on, becomes escaped plain paragraphs: one bad article never takes a page down.
 */
export function renderMarkdown(markdown: string): string {
  if (scanRenderLimits(markdown).problem) return renderPlainParagraphs(markdown);
  try {
    const tree = processor.parse(markdown);
    if (measureTreeDepth(tree).depth > RENDER_LIMITS.treeDepth) return renderPlainParagraphs(markdown);
    return String(processor.stringify(processor.runSync(tree) as typeof tree));
  } catch (error) {
    console.error(`renderMarkdown: fell back to plain text (${error instanceof Error ? error.name : 'error'})`);
    return renderPlainParagraphs(markdown);
  }
}

/**
 * Why the renderer would not render an answer (npm run check reports it), or undefined. A linear scan;
 * only a paragraph with enough marks to nest too deep is parsed to measure its depth.
 */
export function findRenderProblem(markdown: string): RenderProblem | undefined {
  const scan = scanRenderLimits(markdown);
  if (scan.problem || !mayNestTooDeep(scan)) return scan.problem;
  try {
    const { depth, line } = measureTreeDepth(processor.parse(markdown));
    if (depth <= RENDER_LIMITS.treeDepth) return undefined;
    return {
      line,
      message: `emphasis, links or lists nest ${depth} levels deep at line ${line} of the answer; pages render at most ${RENDER_LIMITS.treeDepth}: remove the extra '*', '_' or '>' marks`,
    };
  } catch (error) {
    return {
      line: 1,
      message: `cannot be rendered (${error instanceof Error ? error.message : 'error'}): simplify its Markdown`,
    };
  }
}

/** The fallback: each paragraph's text escaped, no markup at all. */
export function renderPlainParagraphs(markdown: string): string {
  const html: string[] = [];
  for (const paragraph of paragraphsOf(markdown)) html.push(`<p>${escapeXml(paragraph)}</p>`);
  return html.join('\n');
}

/** Splits Markdown at blank lines in one pass, without a regex. */
export function* paragraphsOf(markdown: string): Generator<string> {
  let start = -1;
  let end = 0;
  for (let from = 0; from <= markdown.length;) {
    const newline = markdown.indexOf('\n', from);
    const lineEnd = newline === -1 ? markdown.length : newline;
    if (markdown.slice(from, lineEnd).trim() === '') {
      if (start >= 0) yield markdown.slice(start, end);
      start = -1;
    } else {
      if (start < 0) start = from;
      end = lineEnd;
    }
    from = lineEnd + 1;
  }
  if (start >= 0) yield markdown.slice(start, end);
}

// Every pattern here runs in linear time: a repeated class never holds the character that starts a
// match, so a failed attempt stops at the next possible start, and `[ \t]` never crosses a line.
const LINK_URL = String.raw`\(([^()[\]\s]*(?:\([^()[\]\s]*\)[^()[\]\s]*)*)(?:[ \t]+"[^"[\]]*")?\)`;
const TAG = /<[^<>]*>/g;
const IMAGE = new RegExp(String.raw`!\[([^[\]]*)\]${LINK_URL}`, 'g');
const LINK = new RegExp(String.raw`\[([^[\]]*)\]${LINK_URL}`, 'g');
const BLOCK_MARKER = /^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d+[.)][ \t]+)/gm;
const TABLE_RULE = /^[ \t]*\|?[ \t]*:?-{3,}.*$/gm;
const INLINE_MARKS = /[*_`~|]+/g;
const SPACES = /\s+/g;

function flattenParagraph(paragraph: string): string {
  return mathToText(paragraph)
    .replace(TAG, ' ')
    .replace(IMAGE, '$1')
    .replace(LINK, '$1')
    .replace(BLOCK_MARKER, '')
    .replace(TABLE_RULE, '')
    .replace(INLINE_MARKS, '')
    .replace(SPACES, ' ')
    .trim();
}

/** Cheap Markdown-to-text for excerpts and descriptions; listing pages never run remark. */
export function toPlainText(markdown: string): string {
  const parts: string[] = [];
  for (const paragraph of paragraphsOf(withoutHtml(markdown))) {
    const text = flattenParagraph(paragraph);
    if (text) parts.push(text);
  }
  return parts.join(' ');
}

/** Cuts plain text at a word boundary so that it is at most `max` characters including the ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * The first `max` characters of an answer as plain text, flattening one paragraph at a time and only
 * the opening ones (flattening whole answers cost 7 s per 100,000 articles). Inline Markdown never
 * spans a blank line, so this equals truncating the whole answer's plain text.
 */
export function plainExcerpt(markdown: string, max: number): string {
  let text = '';
  for (const paragraph of paragraphsOf(withoutHtml(markdown))) {
    const flat = flattenParagraph(paragraph);
    if (flat) text = text ? `${text} ${flat}` : flat;
    if (text.length > max) break;
  }
  return truncate(text, max);
}
