import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { HOSTILE_ANSWERS } from '@/pipeline/content/__fixtures__/hostile';
import { makeArticle } from '@/pipeline/content/__fixtures__/make';
import { buildLibrary } from '@/pipeline/content/library';
import { renderInline } from '@/pipeline/markdown/render';
import { openStoreAt } from '@/lib/store/read';
import { renderMarkdownCopy } from '@/lib/seo/markdown-copy';
import { compileArticle, compileMarkdown } from './record';
import { compileStore } from './store';

const items = (explanation = 'By $F = ma$, **exactly** so.') => [
  {
    question: 'Which law explains why passengers lurch forward when a bus brakes?',
    choices: [{ text: 'The *second* law' }, { text: 'The first law', correct: true }],
    explanation: 'Inertia keeps them moving.',
  },
  { question: 'What is the net force on a 10 kg box at $3\\ \\text{m/s}^2$?', answer: '30 N', explanation },
];
const withPractice = (practice: unknown, options: Parameters<typeof makeArticle>[0] = {}) =>
  makeArticle({ ...options, extra: yaml.dump({ practice }, { lineWidth: -1 }) });

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'practice-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe('practice items in the compiled record', () => {
  it('renders each text field inline, formulas as MathML, and marks the record as having maths', () => {
    const article = withPractice(items());
    const record = compileArticle(buildLibrary([article]), article);
    const [choice, recall] = record.practice;
    expect(choice).toMatchObject({
      kind: 'choice',
      choices: [
        { text: 'The <em>second</em> law', correct: false },
        { text: 'The first law', correct: true },
      ],
    });
    expect(recall?.kind === 'recall' && recall.answer).toBe('30 N');
    expect(recall?.question).toContain('<math');
    expect(recall?.explanation).toContain('<strong>exactly</strong>');
    expect(recall?.explanation).not.toContain('<p>');
    // The answer has no formula: only the practice items need the math stylesheet.
    expect(record.answerHtml).not.toContain('<math');
    expect(record.hasMath).toBe(true);
    expect(choice?.id).toMatch(/^[\w-]{12}$/);
    expect(choice?.id).not.toBe(recall?.id);
  });

  it('gives an article without practice an empty list', () => {
    const article = makeArticle();
    expect(compileArticle(buildLibrary([article]), article).practice).toEqual([]);
  });

  it('renders again when only an item changed, though the answer is cached', async () => {
    const cache = tempDir();
    const compile = async (explanation: string) => {
      const out = tempDir();
      const article = withPractice(items(explanation));
      await compileStore(buildLibrary([article]), {
        out,
        cache,
        siteUrl: 'https://learn.example.org',
        prerenderLimit: 1,
        threads: 0,
      });
      const recall = openStoreAt(out).read(article.url)?.practice[1];
      return recall?.explanation;
    };
    expect(await compile('First *reason*.')).toBe('First <em>reason</em>.');
    expect(await compile('Second *reason*.')).toBe('Second <em>reason</em>.');
  });
});

describe('hostile practice text', () => {
  // The schema caps a field at 800 characters; the renderer alone must still stay inert and quick past that.
  it.each(Object.entries(HOSTILE_ANSWERS))('renders %s inert', (_, markdown) => {
    const tags = (renderInline(markdown.replaceAll('\\n', ' ')).html.match(/<[^>]+>/g) ?? []).map((tag) =>
      tag.replace(/="[^"]*"/g, (v) => (/^="\s*(javascript|data|vbscript):/i.test(v) ? v : '=""')),
    );
    expect(tags.filter((tag) => /^<\/?(script|iframe|svg|style|object|embed)\b/i.test(tag))).toEqual([]);
    expect(tags.filter((tag) => /\son[a-z]+\s*=|\sstyle\s*=/i.test(tag))).toEqual([]);
    expect(tags.filter((tag) => /(href|src)\s*=\s*"\s*(javascript|data|vbscript):/i.test(tag))).toEqual([]);
  });

  it('renders a huge or block field as escaped text, never as markup', () => {
    expect(renderInline(`<b>${'*'.repeat(30_000)}</b>`).html).toBe(`&lt;b&gt;${'*'.repeat(30_000)}&lt;/b&gt;`);
    expect(renderInline('- <i>item</i>').html).toBe('- &lt;i&gt;item&lt;/i&gt;');
  });

  it('keeps a javascript: link out of the page and the Markdown copy', () => {
    const article = withPractice(items('See [why](javascript:alert(1)) and <script>alert(2)</script>.'));
    const recall = compileArticle(buildLibrary([article]), article).practice[1];
    expect(recall?.explanation).toBe('See <a>why</a> and alert(2).');
    const copy = renderMarkdownCopy(compileMarkdown(article));
    expect(copy).toContain('See why and alert(2).');
    expect(copy).not.toMatch(/javascript:|<script/);
  });
});
