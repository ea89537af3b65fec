import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { common, createLowlight } from 'lowlight';
import type { Code } from 'mdast';
import type { InlineMath, Math } from 'mdast-util-math';
import type { Handlers, State } from 'mdast-util-to-hast';
import { defaultHandlers } from 'mdast-util-to-hast';
import temml from 'temml';

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

/** TeX -> MathML at build time; untrusted, so \href, \url, \htmlClass and the like render as plain text. */
function renderMath(tex: string, displayMode: boolean): ElementContent[] {
  const mathml = temml.renderToString(tex, { displayMode, throwOnError: false, trust: false, annotate: true });
  return fromHtml(mathml, { fragment: true }).children as ElementContent[];
}

function math(state: State, node: Math | InlineMath): Element {
  const display = node.type === 'math';
  const result: Element = {
    type: 'element',
    tagName: display ? 'div' : 'span',
    properties: {},
    children: renderMath(node.value, display),
  };
  state.patch(node, result);
  return result;
}

/** Fenced blocks with a known language get highlight.js token spans; the rest stay plain, as before. */
function code(state: State, node: Code): Element {
  const result = defaultHandlers.code(state, node);
  const language = node.lang?.split(/\s+/)[0]?.toLowerCase();
  const inner = result.children[0];
  if (!language || !lowlight.registered(language) || inner?.type !== 'element') return result;
  inner.children = lowlight.highlight(language, node.value).children as ElementContent[];
  return result;
}

export const ANSWER_HANDLERS: Handlers = { math, inlineMath: math, code };
