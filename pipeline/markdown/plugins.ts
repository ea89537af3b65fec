import type { Element, ElementContent } from 'hast';
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { common, createLowlight } from 'lowlight';
import type { Code } from 'mdast';
import type { InlineMath, Math } from 'mdast-util-math';
import type { Handlers, State } from 'mdast-util-to-hast';
import { defaultHandlers } from 'mdast-util-to-hast';
import { shouldHighlight } from '@/pipeline/markdown/highlight-limits';
import { chargeMath, renderTex } from '@/pipeline/markdown/tex-guard';

const lowlight = createLowlight(common);

/** MathML Core elements Temml writes; `style` and links are never allowed, so \color and \href stay inert. */
const MATHML_TAGS = [
  'math',
  'mrow',
  'mi',
  'mn',
  'mo',
  'ms',
  'mtext',
  'mspace',
  'msup',
  'msub',
  'msubsup',
  'mfrac',
  'msqrt',
  'mroot',
  'mover',
  'munder',
  'munderover',
  'mtable',
  'mtr',
  'mtd',
  'mpadded',
  'mphantom',
  'mstyle',
  'menclose',
  'mmultiscripts',
  'mprescripts',
  'none',
  'semantics',
  'annotation',
];
const MATHML_ATTRIBUTES = [
  'display',
  'mathvariant',
  'displaystyle',
  'scriptlevel',
  'stretchy',
  'fence',
  'separator',
  'form',
  'lspace',
  'rspace',
  'largeop',
  'movablelimits',
  'symmetric',
  'minsize',
  'maxsize',
  'accent',
  'accentunder',
  'linethickness',
  'width',
  'height',
  'depth',
  'voffset',
  'columnalign',
  'rowalign',
  'columnspacing',
  'rowspacing',
  'columnlines',
  'rowlines',
  'notation',
  'encoding',
  ['className', /^tml-/, 'mathcal', 'mathscr'],
] satisfies NonNullable<Schema['attributes']>[string];

/** GitHub's schema (remark-html's default) plus MathML and highlight.js's token classes. */
export const ANSWER_SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), ...MATHML_TAGS],
  attributes: {
    ...defaultSchema.attributes,
    ...Object.fromEntries(MATHML_TAGS.map((tag) => [tag, MATHML_ATTRIBUTES])),
    span: [...(defaultSchema.attributes?.span ?? []), ['className', /^hljs-/]],
  },
};

/** TeX -> MathML at build time (renderTex); a refused formula shows its TeX as plain text. */
function renderMath(state: State, tex: string, displayMode: boolean): ElementContent[] {
  const result = renderTex(tex, displayMode);
  return result.problem === undefined && chargeMath(state, result.size) ? result.nodes : [{ type: 'text', value: tex }];
}

function math(state: State, node: Math | InlineMath): Element {
  const display = node.type === 'math';
  const result: Element = {
    type: 'element',
    tagName: display ? 'div' : 'span',
    properties: {},
    children: renderMath(state, node.value, display),
  };
  state.patch(node, result);
  return result;
}

/** The block's language when lowlight knows it. */
export function highlightedLanguage(node: Pick<Code, 'lang'>): string | undefined {
  const language = node.lang?.split(/\s+/)[0]?.toLowerCase();
  return language && lowlight.registered(language) ? language : undefined;
}

/** Fenced blocks with a known language get highlight.js token spans; the rest stay plain, as before. */
function code(state: State, node: Code): Element {
  const result = defaultHandlers.code(state, node);
  const language = highlightedLanguage(node);
  const inner = result.children[0];
  if (!language || inner?.type !== 'element') return result;
  if (!shouldHighlight(state, node.value)) return result;
  inner.children = lowlight.highlight(language, node.value).children as ElementContent[];
  return result;
}

export const ANSWER_HANDLERS: Handlers = { math, inlineMath: math, code };
