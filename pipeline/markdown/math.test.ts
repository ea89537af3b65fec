import { describe, expect, it } from 'vitest';
import { plainExcerpt } from '@/pipeline/markdown/plain';
import { renderMarkdown } from '@/pipeline/markdown/render';
import { texToText } from '@/pipeline/markdown/tex-text';

const tags = (html: string) => html.match(/<[^>]+>/g) ?? [];

describe('math in answers', () => {
  it('renders inline and display TeX to MathML at build time, with no script', () => {
    const html = renderMarkdown('Energy is $E = mc^2$.\n\n$$\nx = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a}\n$$');
    // Inline maths comes in pieces that may wrap after a relation (renderTex).
    expect(html).toContain('<math><mrow><mi>E</mi><mo>=</mo></mrow><mrow><mi>m</mi>');
    expect(html).toContain('<math display="block" class="tml-display">');
    expect(html).toMatch(/<mfrac>.*<msqrt>/);
    expect(html).not.toMatch(/<script|\sstyle=|\son[a-z]+=/i);
  });

  it('leaves an escaped dollar as a dollar', () => {
    expect(renderMarkdown('It costs \\$5 and \\$10.')).toBe('<p>It costs $5 and $10.</p>\n');
  });

  it.each([
    ['\\href', '$\\href{javascript:alert(1)}{click}$'],
    ['\\url', '$\\url{javascript:alert(1)}$'],
    ['\\htmlClass', '$\\htmlClass{evil}{x}$'],
    ['\\htmlId', '$\\htmlId{main}{x}$'],
    ['\\htmlStyle', '$\\htmlStyle{position:fixed}{x}$'],
    ['\\htmlData', '$\\htmlData{foo=bar}{x}$'],
    ['\\includegraphics', '$\\includegraphics{https://evil.example/x.png}$'],
    ['\\style', '$\\style{color:red}{x}$'],
    ['\\color', '$\\color{red}{x}$'],
    ['closing tags', '$x</math><script>alert(1)</script>$'],
    ['\\text with HTML', '$\\text{<img src=x onerror=alert(1)>}$'],
  ])('renders hostile TeX (%s) as inert text', (_, tex) => {
    const html = renderMarkdown(tex);
    for (const tag of tags(html)) {
      expect(tag).not.toMatch(/^<\/?(script|img|a|iframe|svg|style)\b/i);
      expect(tag).not.toMatch(/\s(href|src|style|id|on[a-z]+)=/i);
      expect(tag).not.toMatch(/class="(?!tml-)[^"]+"/);
    }
  });

  it('highlights a fenced block with a known language at build time, and leaves others plain', () => {
    const html = renderMarkdown('```python\ndef f(n):\n    return n\n```\n\n```nosuchlang\nx = 1\n```');
    expect(html).toContain(
      '<code class="language-python"><span class="hljs-keyword">def</span> <span class="hljs-title">f</span>',
    );
    expect(html).toContain('<code class="language-nosuchlang">x = 1\n</code>');
    expect(html).not.toMatch(/<script/);
  });

  it('keeps sanitizing: classes other than highlight tokens are dropped from spans', () => {
    expect(renderMarkdown('<span class="evil">x</span>')).not.toContain('evil');
  });
});

describe('math in excerpts and descriptions', () => {
  it('reads as plain text, never as TeX source', () => {
    expect(texToText('x = \\dfrac{-b \\pm \\sqrt{b^2 - 4ac}}{2a}')).toBe('x = (-b ± √(b² - 4ac))/2a');
    expect(texToText('\\text{pH} = -\\log_{10}[\\mathrm{H^+}]')).toBe('pH = -log10[H⁺]');
    expect(texToText("f'(x) = \\lim_{h \\to 0} \\dfrac{f(x + h) - f(x)}{h}")).toBe(
      "f'(x) = lim(h → 0) (f(x + h) - f(x))/h",
    );
    expect(plainExcerpt('A ticket costs \\$4; the Lorentz factor is $\\gamma = 1/\\sqrt{1 - v^2/c^2}$.', 180)).toBe(
      'A ticket costs $4; the Lorentz factor is γ = 1/√(1 - v²/c²).',
    );
  });
});
