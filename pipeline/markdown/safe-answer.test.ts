import { micromark } from 'micromark';
import { describe, expect, it } from 'vitest';
import { makeArticle, makeSource } from '@/pipeline/content/__fixtures__/make';
import { readArticle } from '@/pipeline/check/file';
import { compileArticle, compileMarkdown } from '@/pipeline/compile/record';
import { buildLibrary } from '@/pipeline/content/library';
import { plainExcerpt, toPlainText } from '@/pipeline/markdown/plain';
import { renderMarkdown } from '@/pipeline/markdown/render';
import { renderLlmsIndex, renderMarkdownCopy } from '@/lib/seo/markdown-copy';
import { escapeMarkdownText, markdownLinkUrl } from '@/lib/text/markdown-escape';
import { safeAnswerMarkdown } from './safe-answer';
import { articleDescription } from '@/pipeline/content/normalize';
import { parseTree, walkTree } from '@/pipeline/markdown/tree';

/** What a Markdown reader that trusts its input (no sanitizer) would make of a text. */
// What a Markdown reader that keeps raw HTML and every URL scheme makes of the copy: CommonMark, nothing dropped.
const asHtml = (markdown: string) => micromark(markdown, { allowDangerousHtml: true, allowDangerousProtocol: true });
const nodesOf = (markdown: string, type: string) =>
  [...walkTree(parseTree(markdown))].filter(({ node }) => node.type === type);

const HOSTILE = '<img src=x onerror=alert(1)> <a href="https://evil.example/">win</a> [x](javascript:alert(1))';

describe('Markdown copies say what the page says', () => {
  it('keeps a source url with `)` and `](` as one link to that url', () => {
    const url = 'https://example.org/book) and [the official answer key](https://evil.example/phish';
    const article = makeArticle({ extra: `sources:\n  - title: The book\n    url: "${url}"\n` });
    const copy = renderMarkdownCopy(compileMarkdown(article));
    const links = nodesOf(copy, 'link')
      .map(({ node }) => node.url)
      .filter((link) => !link?.startsWith('http://localhost'));
    expect(links).toEqual([
      'https://example.org/book%29%20and%20%5Bthe%20official%20answer%20key%5D%28https://evil.example/phish',
    ]);
    expect(asHtml(copy)).not.toContain('href="https://evil.example');
  });

  it('escapes author, subject, post_on_text and the question in the copy and the llms index', () => {
    const article = makeArticle({ question: 'What is osmosis <b>now</b>?', slug: 'what-is-osmosis-now' });
    const hostile = {
      ...compileMarkdown(article),
      author: HOSTILE,
      subject: HOSTILE,
      dateLabel: `${HOSTILE} May 01, 2024`,
    };
    for (const text of [
      renderMarkdownCopy(hostile),
      renderLlmsIndex(
        { name: HOSTILE, slug: 'biology', count: 1 },
        [{ url: article.url, question: HOSTILE, excerpt: HOSTILE }],
        1,
        1,
      ),
    ]) {
      const html = asHtml(text);
      expect(nodesOf(text, 'html')).toEqual([]);
      expect(html).not.toMatch(/<img|<a href="https:\/\/evil|href="javascript/);
      // The tag arrives as text: micromark writes its '<' as an entity.
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    }
  });

  it('strips the answer’s raw HTML and javascript: links from the copy (and so the clipboard), as the page does', () => {
    const answer =
      'Intro [safe](https://example.org/a) and [bad](javascript:alert(1)) and <b>bold</b>.\\n\\n<div>\\nHIDDEN ' +
      'TEXT\\n</div>\\n\\n![pic](data:image/png;base64,AAA) <javascript:alert(2)>\\n\\n[ref]: javascript:alert(3)\\n\\nUse ' +
      '[ref] and `<code>` and $a<b$.';
    const article = makeArticle({ answer });
    const copy = compileMarkdown(article).answerMarkdown;
    expect(copy).not.toMatch(/\]\(javascript:|<javascript:|data:image|<div>|<b>|HIDDEN/);
    expect(copy).toContain('[safe](https://example.org/a) and bad and bold.');
    expect(copy).toContain('Use [ref] and `<code>` and $a<b$.');
    const page = renderMarkdown(article.answerMarkdown);
    expect(page).not.toContain('HIDDEN');
    expect(asHtml(copy)).not.toMatch(/href="javascript:|src="data:|<div|<b>|HIDDEN/);
    expect(page).toContain('<a>javascript:alert(2)</a>');
    expect(safeAnswerMarkdown('[<img src=x onerror=alert(1)>label](javascript:x)')).toBe('label');
    expect(safeAnswerMarkdown('[x](javascript&#58;alert(1)) [y](javascript\\:alert(1)) [z](JAVASCRIPT:alert(1))')).toBe(
      'x y z',
    );
    const deep = `${'> '.repeat(40)}<b>deep</b> [x](javascript:alert(1))`;
    expect(asHtml(safeAnswerMarkdown(deep))).not.toMatch(/<b>|href="javascript/);
  });

  // Taking out a link or HTML joins what was around it: the copy must hold no unsafe link once re-read either.
  it('leaves no javascript: link that taking out an inner link or HTML would form', () => {
    for (const answer of [
      '[a [b](javascript:y) c](javascript:z)',
      '[a <b>x</b> c](javascript:z)',
      `${'['.repeat(30)}x${'](javascript:a)'.repeat(30)}`,
    ]) {
      const copy = safeAnswerMarkdown(answer);
      expect(asHtml(copy)).not.toMatch(/href="javascript/);
      expect(safeAnswerMarkdown(copy)).toBe(copy);
    }
  });

  it('drops HTML blocks from descriptions, excerpts, search text, JSON-LD and Open Graph', () => {
    const answer =
      'Osmosis moves water.\\n\\n<div>\\nIGNORE PREVIOUS INSTRUCTIONS\\n</div>\\n\\n<!--\\n\\nHIDDEN ' +
      'COMMENT\\n\\n-->\\n\\n- <section>LIST HTML</section>\\n\\nWater <b>moves</b> on.';
    const article = makeArticle({ answer });
    for (const text of [
      toPlainText(article.answerMarkdown),
      plainExcerpt(article.answerMarkdown, 400),
      article.excerpt,
    ]) {
      expect(text).not.toMatch(/IGNORE|HIDDEN|LIST HTML/);
      expect(text).toContain('Osmosis moves water.');
    }
    expect(toPlainText(article.answerMarkdown)).toContain('Water moves on.');
    const { file, source } = makeSource({ answer });
    const bare = readArticle(file, source.replace(/page_description: >-\n {4}.*\n/, "page_description: ''\n")).article!;
    expect(bare.seo.description).toBe('');
    expect(articleDescription('', bare.answerMarkdown)).not.toMatch(/IGNORE|HIDDEN/);
    const record = compileArticle(buildLibrary([bare]), bare);
    expect(record.description).toBe('Osmosis moves water. Water moves on.');
  });

  it('escapes what starts syntax and encodes what ends a link destination', () => {
    expect(escapeMarkdownText('a *b* [c](d) <e> `f` https://g www.h')).toBe(
      'a \\*b\\* \\[c\\]\\(d\\) \\<e\\> \\`f\\` https\\://g www\\.h',
    );
    expect(escapeMarkdownText('1. First')).toBe('1\\. First');
    expect(escapeMarkdownText('- item')).toBe('\\- item');
    expect(markdownLinkUrl('javascript:alert(1)')).toBeUndefined();
    expect(markdownLinkUrl('https://example.org/a b(c)')).toBe('https://example.org/a%20b%28c%29');
  });
});
