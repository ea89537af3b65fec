import remarkHtml from 'remark-html';
import { escapeXml } from '@/lib/text/escape';
import { measureTreeDepth, mayNestTooDeep, RENDER_LIMITS, scanRenderLimits, type RenderProblem } from './limits';
import { ANSWER_HANDLERS, ANSWER_SCHEMA } from './plugins';
import { paragraphsOf } from './plain';
import { safeAnswerMarkdown } from './safe-answer';
import { markdownParser, type TreeNode } from './tree';

// remark-html sanitizes (GitHub's schema, plus MathML and highlight classes): raw HTML and javascript: URLs are dropped.
const processor = markdownParser().use(remarkHtml, { handlers: ANSWER_HANDLERS, sanitize: ANSWER_SCHEMA }).freeze();

/**
 * Markdown to sanitized HTML, and the Markdown copy's text (safeAnswerMarkdown), from one parse: the parse is
 * most of the cost. An answer past the renderer's limits (npm run check refuses it), or one remark throws on,
 * becomes escaped plain paragraphs: one bad article never takes a page down.
 */
export function renderAnswer(markdown: string): { html: string; copy: string } {
  if (scanRenderLimits(markdown).problem)
    return { html: renderPlainParagraphs(markdown), copy: safeAnswerMarkdown(markdown) };
  let copy: string | undefined;
  try {
    const tree = processor.parse(markdown);
    // Before the transforms, which change the tree (GFM's autolinks); the copy reads it as parsed.
    copy = safeAnswerMarkdown(markdown, tree as TreeNode);
    if (measureTreeDepth(tree).depth > RENDER_LIMITS.treeDepth) return { html: renderPlainParagraphs(markdown), copy };
    return { html: String(processor.stringify(processor.runSync(tree) as typeof tree)), copy };
  } catch (error) {
    console.error(`renderMarkdown: fell back to plain text (${error instanceof Error ? error.name : 'error'})`);
    return { html: renderPlainParagraphs(markdown), copy: copy ?? safeAnswerMarkdown(markdown) };
  }
}

export const renderMarkdown = (markdown: string): string => renderAnswer(markdown).html;

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
      message:
        `emphasis, links or lists nest ${depth} levels deep at line ${line} of the answer; pages render ` +
        `at most ${RENDER_LIMITS.treeDepth}: remove the extra '*', '_' or '>' marks`,
    };
  } catch (error) {
    return {
      line: 1,
      message: `cannot be rendered (${error instanceof Error ? error.message : 'error'}): simplify its Markdown`,
    };
  }
}

/** Markdown blocks a one-line field cannot hold, by their names in the parsed tree. */
const BLOCKS: Record<string, string> = {
  paragraph: 'a second paragraph',
  list: 'a list',
  heading: 'a heading',
  code: 'a code block',
  table: 'a table',
  blockquote: 'a quote',
  math: 'a display formula ($$ on its own line)',
  thematicBreak: 'a horizontal rule',
};

/**
 * Why a practice field is not inline Markdown (one paragraph of text, emphasis, links, code spans and `$…$`), or
 * undefined: the answer's render limits first, then the blocks it holds. Raw HTML is stripped, as in the answer.
 */
export function findInlineProblem(markdown: string): string | undefined {
  const limit = findRenderProblem(markdown);
  if (limit) return limit.message.replaceAll('of the answer', 'of the text');
  let tree: TreeNode;
  try {
    tree = processor.parse(markdown) as TreeNode;
  } catch (error) {
    return `cannot be rendered (${error instanceof Error ? error.message : 'error'}): simplify its Markdown`;
  }
  let paragraphs = 0;
  for (const node of tree.children ?? []) {
    if (node.type === 'html') continue;
    if (node.type === 'paragraph' && ++paragraphs === 1) continue;
    const block = BLOCKS[node.type] ?? `a ${node.type}`;
    return `must be inline Markdown (text, **bold**, *italic*, links, \`code\`, $TeX$), not ${block}`;
  }
  return undefined;
}

/**
 * A practice field (inline Markdown and TeX) to sanitized HTML without its paragraph, through the answer's renderer,
 * and the Markdown copy's text. A field that is not inline (npm run check refuses it) becomes escaped plain text.
 */
export function renderInline(markdown: string): { html: string; copy: string } {
  if (findInlineProblem(markdown)) return { html: escapeXml(markdown), copy: safeAnswerMarkdown(markdown) };
  const { html, copy } = renderAnswer(markdown);
  const inner = /^<p>([\s\S]*)<\/p>$/.exec(html.trim())?.[1];
  return { html: inner ?? (html.includes('<') ? escapeXml(markdown) : html), copy };
}

/** The fallback: each paragraph's text escaped, no markup at all. */
export function renderPlainParagraphs(markdown: string): string {
  const html: string[] = [];
  for (const paragraph of paragraphsOf(markdown)) html.push(`<p>${escapeXml(paragraph)}</p>`);
  return html.join('\n');
}
