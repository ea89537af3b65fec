import { scanRenderLimits } from '@/pipeline/markdown/limits';
import { applyEdits } from './safe-answer';
import { parseTree, walkTree } from '@/pipeline/markdown/tree';

const FLOW = new Set(['root', 'blockquote', 'listItem']);

/**
 * The answer without its raw HTML, for the plain text of descriptions, Open Graph, JSON-LD, the feed,
 * search snippets and llms excerpts: the page drops every HTML node (a `<div>` block with all the text
 * inside it), so that text must not surface anywhere else. Parses only answers that hold a `<`.
 */
export function withoutHtml(markdown: string): string {
  if (!markdown.includes('<')) return markdown;
  if (scanRenderLimits(markdown).problem) return withoutHtmlParagraphs(markdown);
  try {
    const edits = [];
    for (const { node, parent } of walkTree(parseTree(markdown))) {
      if (node.type !== 'html') continue;
      // An inline tag goes without a trace ("<b>bold</b>." reads "bold."); a block leaves a break.
      const block = !parent || FLOW.has(parent.type);
      edits.push({
        start: node.position?.start.offset ?? 0,
        end: node.position?.end.offset ?? 0,
        text: block ? '\n' : '',
      });
    }
    return applyEdits(markdown, edits);
  } catch {
    return withoutHtmlParagraphs(markdown);
  }
}

/** The fallback for an answer the parser must not meet: every paragraph that opens with a tag goes. */
const withoutHtmlParagraphs = (markdown: string) =>
  markdown
    .split(/\n[ \t]*\n/)
    .filter((paragraph) => !/^\s*<[!?/a-zA-Z]/.test(paragraph))
    .join('\n\n');
