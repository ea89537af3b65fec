/** Readable plain text for TeX in excerpts, descriptions and the search index, which never render MathML. */
const SYMBOLS: Record<string, string> = {
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  Delta: 'Δ',
  epsilon: 'ε',
  theta: 'θ',
  lambda: 'λ',
  mu: 'μ',
  pi: 'π',
  rho: 'ρ',
  sigma: 'σ',
  Sigma: 'Σ',
  tau: 'τ',
  phi: 'φ',
  omega: 'ω',
  Omega: 'Ω',
  times: '×',
  cdot: '·',
  pm: '±',
  mp: '∓',
  div: '÷',
  le: '≤',
  leq: '≤',
  ge: '≥',
  geq: '≥',
  approx: '≈',
  equiv: '≡',
  infty: '∞',
  to: '→',
  rightarrow: '→',
  leftarrow: '←',
  rightleftharpoons: '⇌',
  cap: '∩',
  cup: '∪',
  mid: '|',
  lvert: '|',
  rvert: '|',
  dots: '…',
  ldots: '…',
  cdots: '⋯',
  circ: '°',
  partial: '∂',
  int: '∫',
  sum: 'Σ',
  prod: 'Π',
  log: 'log',
  ln: 'ln',
  lim: 'lim',
  exp: 'exp',
  sin: 'sin',
  cos: 'cos',
  tan: 'tan',
};
const SUPERSCRIPTS: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '-': '⁻',
  '+': '⁺',
  n: 'ⁿ',
};

const superscript = (text: string) =>
  [...text].every((c) => c in SUPERSCRIPTS) ? [...text].map((c) => SUPERSCRIPTS[c]).join('') : `^(${text})`;

/** `\frac{-b \pm \sqrt{b^2 - 4ac}}{2a}` -> `(−b ± √(b² − 4ac))/(2a)`: best effort, every pattern linear. */
export function texToText(tex: string): string {
  let text = tex.replace(/\\[,;:! ]|~/g, ' ').replace(/\\(?:left|right|big|Big|bigg|Bigg|displaystyle)\b/g, '');
  text = text
    .replace(/\\(?:text|mathrm|mathit|mathbf|operatorname)\{([^{}]*)\}/g, '$1')
    .replace(/\\lim_\{([^{}]*)\}/g, 'lim($1) ');
  // Innermost groups first, a bounded number of times: nesting deeper than this stays as written.
  for (let i = 0; i < 4; i++) {
    text = text
      .replace(/\\[dt]?frac\{([^{}]*)\}\{([^{}]*)\}/g, (_, a: string, b: string) => `${wrap(a)}/${wrap(b)}`)
      .replace(/\\sqrt\{([^{}]*)\}/g, '√($1)')
      .replace(/\^\{([^{}]*)\}/g, (_, s: string) => superscript(s))
      .replace(/_\{([^{}]*)\}/g, '$1');
  }
  return text
    .replace(/\^([0-9n+-])/g, (_, s: string) => superscript(s))
    .replace(/\\([A-Za-z]+)/g, (whole, name: string) => SYMBOLS[name] ?? name)
    .replace(/\\%/g, '%')
    .replace(/_/g, '')
    .replace(/[{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const wrap = (part: string) => (/^[\w.√²³]+$/.test(part.trim()) ? part.trim() : `(${part.trim()})`);

/** Replaces each `$…$` or `$$…$$` of Markdown by its plain text, and an escaped `\$` by a dollar sign. */
export function mathToText(markdown: string): string {
  if (!markdown.includes('$')) return markdown;
  return markdown
    .replace(/\\\$/g, '\u0000')
    .replace(/\$\$([^$]*)\$\$|\$([^$\n]+)\$/g, (_, display?: string, inline?: string) =>
      texToText(display ?? inline ?? ''),
    )
    .replace(/\u0000/g, '$');
}
