// Build time: the text a search result shows, read from the answer's prose rather than flattened whole.
import { truncate } from '@/lib/text/truncate';
import { withoutHtml } from '@/pipeline/markdown/html-blocks';
import { paragraphsOf, toPlainText } from '@/pipeline/markdown/plain';
import { texToText } from '@/pipeline/markdown/tex-text';

/** What a result keeps of its answer: a sentence or two, enough to tell the learner what it says. */
export const SNIPPET_CHARS = 160;

const SUBSCRIPT_GLYPHS = [...'₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ'];
const SUBSCRIPTS: Record<string, string> = Object.fromEntries(
  [...'0123456789+-=()aehijklmnoprstuvx'].map((c, i) => [c, SUBSCRIPT_GLYPHS[i] ?? c]),
);
/** Kept through texToText and toPlainText, which drop underscores, and turned back into one at the end. */
const UNDERSCORE = '\u0001';

const subscript = (text: string) =>
  [...text].every((c) => c in SUBSCRIPTS) ? [...text].map((c) => SUBSCRIPTS[c]).join('') : `${UNDERSCORE}${text}`;

/** TeX as a learner reads it: `\log_{10}` is "log₁₀", `\log_b x` is "log_b x" (not "logb x") once `plain` is done. */
export function readableTex(tex: string): string {
  const marked = tex
    .replace(/_\\(?:text|mathrm)\{([^{}]*)\}/g, (_, s: string) => subscript(s))
    .replace(/_\{([^{}]*)\}/g, (_, s: string) => subscript(s))
    .replace(/_([A-Za-z0-9])/g, (_, s: string) => subscript(s));
  return texToText(marked);
}

/** The plain text of a Markdown fragment with its formulas readable. */
const plain = (markdown: string) => toPlainText(readableMath(markdown)).replaceAll(UNDERSCORE, '_');

/** Each `$…$` and `$$…$$` of a paragraph as readable text; an escaped `\$` stays for toPlainText to unescape. */
const readableMath = (paragraph: string) =>
  paragraph
    .replace(/\\\$/g, '\u0000')
    .replace(/\$\$([^$]*)\$\$|\$([^$\n]+)\$/g, (_, display?: string, inline?: string) =>
      readableTex(display ?? inline ?? ''),
    )
    .replace(/\u0000/g, '\\$');

type Kind = 'prose' | 'table' | 'skip';

/** Prose, a table, or something a snippet leaves out (code, display maths, headings). */
function kindOf(paragraph: string): Kind {
  const first = paragraph.trimStart();
  if (/^(```|~~~|\$\$|#{1,6}\s)/.test(first)) return 'skip';
  if (/^\|/.test(first)) return 'table';
  // A line of bold alone is a heading written in bold ("**How a buffer works**").
  if (/^\*\*[^*\n]+\*\*:?$/.test(first.trim())) return 'skip';
  return 'prose';
}

/** A table's rows with their cells apart ("Lemon juice: 2; Black coffee: 5"), the header row left out. */
function tableText(paragraph: string): string {
  const rows = paragraph
    .split('\n')
    .filter((line) => !/^\s*\|?\s*:?-{3,}/.test(line))
    .map((line) =>
      line
        .replace(/^\s*\||\|\s*$/g, '')
        .split('|')
        .map(plain)
        .filter(Boolean),
    )
    .filter((cells) => cells.length > 0);
  return rows
    .slice(1)
    .map((cells) => `${cells[0]}: ${cells.slice(1).join(', ')}`)
    .join('; ');
}

/**
 * The opening of the answer's prose, at most `max` characters cut at a word: formulas as readable text,
 * code, display maths and headings left out, and a table only when the answer opens with nothing else.
 */
export function snippetText(answerMarkdown: string, max = SNIPPET_CHARS): string {
  let text = '';
  let fence = false;
  let table = '';
  for (const paragraph of paragraphsOf(withoutHtml(answerMarkdown))) {
    // A fenced block may hold blank lines: everything until its closing fence is code.
    const fences = paragraph.match(/^\s*(```|~~~)/gm)?.length ?? 0;
    const inCode = fence || fences > 0;
    if (fences % 2 === 1) fence = !fence;
    if (inCode) continue;
    const kind = kindOf(paragraph);
    if (kind === 'table' && !table) table = tableText(paragraph);
    if (kind !== 'prose') continue;
    const flat = plain(paragraph);
    if (flat) text = text ? `${text} ${flat}` : flat;
    if (text.length > max) break;
  }
  return truncate(text || table, max);
}
