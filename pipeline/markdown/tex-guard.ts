import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import temml from 'temml';

/**
 * What one formula may be. A macro (`\def\a#1{#1#1…}`) expands a few bytes a thousandfold under Temml's
 * expansion limit, and deep groups overflow Temml's stack, so both are refused before Temml runs, and
 * the MathML is capped. npm run check and the renderer both call renderTex: the check refuses exactly
 * what a page would not render. The bundled formulas stay far below each limit.
 */
export const TEX_LIMITS = {
  /** characters in one formula (bundled: 109, of 154 formulas) */
  length: 2_000,
  /** groups nested in one formula: `{…}`, `\left…\right`, `\begin…\end` (bundled: 2) */
  depth: 32,
  /** characters of MathML one formula renders to (bundled: 1,716; `\\coh` alone writes 501) */
  output: 64_000,
  /** characters of MathML in one answer (bundled: 7,032) */
  answerOutput: 200_000,
};

/** Everything Temml accepts that defines or redefines a macro (its `\def` family, `\newcommand` family, colours). */
export const MACRO_DEFINITIONS = new Set([
  'def',
  'gdef',
  'edef',
  'xdef',
  'let',
  'futurelet',
  'global',
  'long',
  'newcommand',
  'renewcommand',
  'providecommand',
  'definecolor',
]);

/** Largest size each MathML length attribute keeps, in em (negative sizes to the first number). */
const GEOMETRY: Record<string, [number, number]> = {
  voffset: [-1, 1],
  width: [-1, 20],
  height: [-2, 3],
  depth: [-2, 3],
  lspace: [-1, 2],
  rspace: [-1, 2],
  minsize: [0, 4],
  maxsize: [0, 4],
  linethickness: [0, 0.5],
};
/** CSS em per unit, at the 16px body size (1em = 12pt). */
const EM_PER_UNIT: Record<string, number> = { em: 1, ex: 0.5, pt: 1 / 12, px: 1 / 16, mm: 0.236, cm: 2.36, in: 6 };

const isLetter = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));

/** Why a formula is refused before Temml sees it, or undefined. One pass. */
export function texProblem(tex: string): string | undefined {
  if (tex.length > TEX_LIMITS.length) {
    return `is ${tex.length} characters; a formula may have at most ${TEX_LIMITS.length}: split it`;
  }
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < tex.length; i++) {
    const c = tex[i];
    if (c === '\\') {
      let end = i + 1;
      while (isLetter(tex[end])) end += 1;
      const name = tex.slice(i + 1, end);
      if (MACRO_DEFINITIONS.has(name))
        return `defines a macro (\\${name}), which pages do not allow: write the TeX out`;
      if (name === 'left' || name === 'begin') depth += 1;
      else if (name === 'right' || name === 'end') depth -= 1;
      i = name ? end - 1 : i + 1;
    } else if (c === '{') depth += 1;
    else if (c === '}') depth -= 1;
    deepest = Math.max(deepest, depth);
  }
  if (deepest > TEX_LIMITS.depth) {
    return `nests groups ${deepest} deep; a formula may nest at most ${TEX_LIMITS.depth}: simplify it`;
  }
  return undefined;
}

export type TexResult =
  { nodes: ElementContent[]; size: number; problem?: undefined; warning?: string } | { problem: string };

/**
 * TeX -> MathML hast, untrusted (\href, \url, \htmlClass stay plain text), lengths clamped so nothing
 * is raised out of the line or drawn 100,000 em wide. A refused formula gives its problem instead.
 */
export function renderTex(tex: string, displayMode: boolean, { tree = true } = {}): TexResult {
  const problem = texProblem(tex);
  if (problem) return { problem };
  // Inline maths breaks after a relation or an operator, as TeX breaks it, instead of widening the page: that
  // needs its pieces as children of <math> (temml.css wraps them), so only display maths keeps the TeX annotation.
  const options = displayMode
    ? { displayMode, trust: false, annotate: true }
    : { displayMode, trust: false, annotate: false, wrap: 'tex' as const };
  let mathml: string;
  let warning: string | undefined;
  try {
    try {
      mathml = temml.renderToString(tex, { ...options, throwOnError: true });
    } catch (error) {
      if (!(error instanceof temml.ParseError)) throw error;
      // Temml shows the source in red; the check warns with Temml's reason.
      warning = String((error as Error).message)
        .split('\n')[0]
        ?.trim();
      mathml = temml.renderToString(tex, { ...options, throwOnError: false });
    }
  } catch (error) {
    return { problem: `cannot be rendered (${error instanceof Error ? error.message : 'error'}): simplify it` };
  }
  if (mathml.length > TEX_LIMITS.output) {
    return { problem: `renders to ${mathml.length} characters of MathML; at most ${TEX_LIMITS.output}: simplify it` };
  }
  // The check only needs to know that it renders, and how big: no tree.
  if (!tree) return { nodes: [], size: mathml.length, warning };
  const root = fromHtml(mathml, { fragment: true });
  clampGeometry(root);
  return { nodes: root.children as ElementContent[], size: mathml.length, warning };
}

const spent = new WeakMap<object, number>();

/** Charges a formula's MathML to one answer's render; false (render it as TeX text) past the answer's limit. */
export function chargeMath(render: object, size: number): boolean {
  const total = (spent.get(render) ?? 0) + size;
  if (total > TEX_LIMITS.answerOutput) return false;
  spent.set(render, total);
  return true;
}

export const answerOutputProblem = () =>
  `the formulas render to more than ${TEX_LIMITS.answerOutput} characters of MathML in all: use fewer or shorter formulas`;

function clampGeometry(node: Root | RootContent): void {
  if (node.type === 'element') clampElement(node);
  if ('children' in node) for (const child of node.children) clampGeometry(child);
}

function clampElement(element: Element): void {
  for (const [name, [min, max]] of Object.entries(GEOMETRY)) {
    const value = element.properties[name];
    if (value === undefined || value === null) continue;
    const match = /^\s*(-?\d*\.?\d+)\s*([a-z]*)\s*$/.exec(String(value));
    const perUnit = match ? EM_PER_UNIT[match[2] || 'em'] : undefined;
    if (!match || perUnit === undefined) {
      // A named space (`thickmathspace`) is small; anything else unreadable goes.
      if (!/^[a-z]+mathspace$/.test(String(value))) delete element.properties[name];
      continue;
    }
    const em = Number(match[1]) * perUnit;
    if (em < min || em > max) element.properties[name] = `${Math.min(max, Math.max(min, em))}em`;
  }
}
