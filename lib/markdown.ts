import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkHtml from 'remark-html';
import remarkMath from 'remark-math';
import { ANSWER_HANDLERS, ANSWER_SCHEMA } from './markdown-plugins';
import { mathToText } from './tex-text';

// remark-html sanitizes (GitHub's schema, plus MathML and highlight classes): raw HTML and javascript: URLs are dropped.
const processor = remark().use(remarkGfm).use(remarkMath).use(remarkHtml, { handlers: ANSWER_HANDLERS, sanitize: ANSWER_SCHEMA }).freeze();

export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}

/** Cheap Markdown-to-text for excerpts and descriptions; listing pages never run remark. */
export function toPlainText(markdown: string): string {
  return mathToText(markdown)
    .replace(/<[^>]*>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, '')
    .replace(/^\s*\|?\s*:?-{3,}.*$/gm, '')
    .replace(/[*_`~|]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cuts plain text at a word boundary so that it is at most `max` characters including the ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * The first `max` characters of an answer as plain text, flattening only the opening paragraphs
 * (flattening whole answers cost 7 s per 100,000 articles). Inline Markdown never spans a blank
 * line, so a paragraph-aligned prefix flattens to a prefix of the whole text.
 */
export function plainExcerpt(markdown: string, max: number): string {
  let end = 0;
  let text = '';
  while (end < markdown.length && text.length <= max) {
    const blank = markdown.indexOf('\n\n', end + 1);
    end = blank === -1 ? markdown.length : blank;
    text = toPlainText(markdown.slice(0, end));
  }
  return truncate(text, max);
}
