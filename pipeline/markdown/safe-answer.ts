import { defaultSchema } from 'hast-util-sanitize';
import { escapeMarkdownText } from '@/lib/text/markdown-escape';
import { scanRenderLimits } from './limits';
import { parseTree, walkTree, type TreeNode } from './tree';

const PROTOCOLS = defaultSchema.protocols ?? {};

/** hast-util-sanitize's rule, which the page applies: a URL with a scheme must use an allowed one. */
function isSafeUrl(url: string, kind: 'href' | 'src'): boolean {
  const colon = url.indexOf(':');
  const end = [url.indexOf('?'), url.indexOf('#'), url.indexOf('/')].filter((i) => i >= 0);
  if (colon < 0 || (end.length > 0 && colon > Math.min(...end))) return true;
  return (PROTOCOLS[kind] ?? []).includes(url.slice(0, colon).toLowerCase());
}

type Edit = { start: number; end: number; text: string };

const span = (node: TreeNode) => ({ start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 });

/** The source of a link's label (its children), as written. */
function labelOf(markdown: string, node: TreeNode): string {
  const children = node.children ?? [];
  const first = children[0];
  const last = children[children.length - 1];
  if (!first || !last) return '';
  return markdown.slice(span(first).start, span(last).end);
}

/**
 * The answer as the page shows it, still as written Markdown: raw HTML (which the page drops) is cut
 * out, and a link or image whose URL the page would strip (`javascript:`, `data:`) keeps only its text.
 * Used for the Markdown copy, and so for the "Copy as Markdown" clipboard. `parsed`: the renderer's own tree
 * of the same text (renderAnswer), before its transforms.
 */
export function safeAnswerMarkdown(markdown: string, parsed?: TreeNode, passes = 4): string {
  // HTML needs a `<`, a URL scheme a `:`, which `&#58;` or `\:` can also write.
  if (!/[<:&\\]/.test(markdown)) return markdown;
  // The page shows such an answer as escaped plain paragraphs; so does the copy.
  if (scanRenderLimits(markdown).problem) return plainParagraphs(markdown);
  let tree: TreeNode;
  try {
    tree = parsed ?? parseTree(markdown);
  } catch {
    return plainParagraphs(markdown);
  }
  const edits: Edit[] = [];
  for (const { node } of walkTree(tree)) {
    if (node.type === 'html') edits.push({ ...span(node), text: '' });
    else if (node.type === 'link' && !isSafeUrl(node.url ?? '', 'href')) {
      edits.push({ ...span(node), text: safeAnswerMarkdown(labelOf(markdown, node)) });
    } else if (node.type === 'image' && !isSafeUrl(node.url ?? '', 'src')) {
      edits.push({ ...span(node), text: escapeMarkdownText((node as { alt?: string }).alt ?? '') });
    } else if (node.type === 'definition' && !isSafeUrl(node.url ?? '', 'href')) {
      edits.push({ ...span(node), text: '' });
    }
  }
  if (edits.length === 0) return markdown;
  // What an edit leaves can form a link (`[a [b](javascript:y) c](javascript:z)`): read the result again.
  const out = applyEdits(markdown, edits);
  return passes > 1 ? safeAnswerMarkdown(out, undefined, passes - 1) : plainParagraphs(out);
}

const plainParagraphs = (markdown: string) =>
  markdown
    .split(/\n[ \t]*\n/)
    .map(escapeMarkdownText)
    .filter(Boolean)
    .join('\n\n');

/** Applies non-overlapping edits (an outer one wins over those inside it). */
export function applyEdits(text: string, edits: Edit[]): string {
  let out = '';
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    if (edit.start < at) continue;
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}
