import fs from 'node:fs';
import path from 'node:path';
import temml from 'temml';
import { describe, expect, it } from 'vitest';
import { decodeAnswer } from './decode-answer';
import { plainExcerpt } from './plain';
import { renderMarkdown } from './render';
import { TEX_N_COMMANDS } from './tex-n-commands';

/** Every command name starting with n that Temml's source defines and renders without an error. */
function temmlNCommands(): string[] {
  const source = fs.readFileSync(path.join(process.cwd(), 'node_modules/temml/dist/temml.cjs'), 'utf8');
  const names = new Set([...source.matchAll(/["'`]\\\\(n[a-zA-Z]+)["'`]/g)].map((m) => m[1] as string));
  return [...names].filter((n) => !undefinedInTemml(`\\${n}`));
}

function undefinedInTemml(tex: string): boolean {
  try {
    temml.renderToString(tex, { throwOnError: true });
    return false;
  } catch (error) {
    return String(error).includes('Unsupported function name');
  }
}

describe('the \\n escape of the answer field', () => {
  it('knows exactly the TeX commands Temml defines that start with n', () => {
    expect(undefinedInTemml('\\nfoo')).toBe(true);
    expect([...TEX_N_COMMANDS].sort()).toEqual(temmlNCommands().sort());
  });

  it.each([...TEX_N_COMMANDS])('keeps \\%s inside $…$ and $$…$$ as TeX', (name) => {
    expect(decodeAnswer(`Before.\\n\\n$a \\${name} b$ after.`)).toBe(`Before.\n\n$a \\${name} b$ after.`);
    expect(decodeAnswer(`Intro:\\n\\n$$\\${name}$$\\n\\nEnd.`)).toBe(`Intro:\n\n$$\\${name}$$\n\nEnd.`);
  });

  it('renders $\\nu$ and $a \\neq b$ as the symbols, in the page, the excerpt and search text alike', () => {
    const markdown = decodeAnswer('The frequency $\\nu$ and $a \\neq b$ and $\\nabla f$.\\n\\nNext.');
    const html = renderMarkdown(markdown);
    expect(html).toContain('<mi>ν</mi>');
    expect(html).toContain('≠');
    expect(html).toContain('∇');
    expect(html).not.toContain('<mi>u</mi>');
    expect(plainExcerpt(markdown, 200)).toContain('nu');
    expect(plainExcerpt(markdown, 200)).not.toMatch(/\baeqb\b/);
  });

  it('still reads \\n as a line break outside maths and before letters that are no n-command', () => {
    expect(decodeAnswer('One.\\nnot two.\\n\\nnu')).toBe('One.\nnot two.\n\nnu');
    expect(decodeAnswer('$$\\nE = mc^2\\n$$')).toBe('$$\nE = mc^2\n$$');
    expect(decodeAnswer('Costs \\$5 and\\nnu \\$10')).toBe('Costs \\$5 and\nnu \\$10');
  });

  it('reads \\\\n as a literal backslash-n, in code and prose, and keeps TeX line breaks', () => {
    const markdown = decodeAnswer('In C:\\n\\n```c\\nprintf("a\\\\n");\\n```\\n\\nor `puts("b\\\\n")`.');
    expect(markdown).toBe('In C:\n\n```c\nprintf("a\\n");\n```\n\nor `puts("b\\n")`.');
    const html = renderMarkdown(markdown);
    expect(html).toContain('(<span class="hljs-string">"a\\n"</span>);');
    expect(html).toContain('<code>puts("b\\n")</code>');
    expect(decodeAnswer('$\\begin{matrix} a \\\\ b \\end{matrix}$')).toBe('$\\begin{matrix} a \\\\ b \\end{matrix}$');
  });

  it('never opens maths on a dollar inside code', () => {
    expect(decodeAnswer('`echo $HOME` and `$PATH`\\nnext $\\nu$')).toBe('`echo $HOME` and `$PATH`\nnext $\\nu$');
    expect(decodeAnswer('```sh\\necho $A\\n```\\n\\neq')).toBe('```sh\necho $A\n```\n\neq');
  });

  it('decodes every bundled answer as the old rule did, where they agree on what is meant', () => {
    const dir = path.join(process.cwd(), 'content');
    for (const subject of fs.readdirSync(dir)) {
      for (const file of fs.readdirSync(path.join(dir, subject))) {
        const answer = /\nanswer: >-\n((?: {4}.*\n)+)/.exec(
          fs.readFileSync(path.join(dir, subject, file), 'utf8'),
        )?.[1];
        if (!answer) continue;
        const raw = answer.replace(/^ {4}/gm, '').replace(/\n/g, ' ');
        // A formula with a TeX command starting with n (`$a \neq 0$`) is where the rules differ by design (tested above).
        if (/\$[^$]*\\n[a-z]/.test(raw)) continue;
        expect(decodeAnswer(raw), file).toBe(raw.replace(/\\n/g, '\n').trim());
      }
    }
  });
});
