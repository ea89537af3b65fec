import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { JsonLd } from '@/components/json-ld';
import { HOSTILE_ANSWERS } from '@/pipeline/content/__fixtures__/hostile';
import { makeArticle, makeSource } from '@/pipeline/content/__fixtures__/make';
import { buildLibrary } from '@/pipeline/content/library';
import { compileArticle, toLatestItem } from '@/pipeline/compile/record';
import { readArticle } from '@/pipeline/check/file';
import { renderFeed } from '@/lib/seo/feed';
import { renderMarkdown } from '@/pipeline/markdown/render';
import { articleJsonLd } from '@/lib/seo/structured-data';

const render = (answer: string) => {
  const { file, source } = makeSource({ answer });
  const article = readArticle(file, source).article;
  if (!article) throw new Error('fixture did not parse');
  return renderMarkdown(article.answerMarkdown);
};

describe('hostile answers are rendered inert', () => {
  it.each(Object.entries(HOSTILE_ANSWERS))('%s', (_, answer) => {
    const html = render(answer);
    // Attribute values are blanked so that escaped text inside a title cannot look like an attribute.
    const tags = (html.match(/<[^>]+>/g) ?? []).map((tag) =>
      tag.replace(/="[^"]*"/g, (v) => (/^="\s*(javascript|data|vbscript):/i.test(v) ? v : '=""')),
    );
    expect(tags.filter((tag) => /^<\/?(script|iframe|svg|style|object|embed)\b/i.test(tag))).toEqual([]);
    expect(tags.filter((tag) => /\son[a-z]+\s*=|\sstyle\s*=/i.test(tag))).toEqual([]);
    expect(tags.filter((tag) => /(href|src)\s*=\s*"\s*(javascript|data|vbscript):/i.test(tag))).toEqual([]);
  });

  it('keeps safe links and formatting', () => {
    const html = render('See [docs](https://example.org "Docs") and **bold**.');
    expect(html).toContain('<a href="https://example.org" title="Docs">docs</a>');
    expect(html).toContain('<strong>bold</strong>');
  });
});

describe('a hostile question stays inert everywhere it is written', () => {
  const question = `Why </script><script>alert(1)</script> & "quotes" <b>?`;
  const article = makeArticle({ question, slug: 'hostile' });

  it('in JSON-LD: no closing script tag, and the JSON still parses to the question', () => {
    const markup = renderToStaticMarkup(
      createElement(JsonLd, { data: articleJsonLd(compileArticle(buildLibrary([article]), article)) }),
    );
    const body = markup.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, '');
    expect(body).not.toContain('<');
    expect((JSON.parse(body) as { headline: string }).headline).toBe(question);
  });

  it('in the feed: escaped, with no raw tags', () => {
    const xml = renderFeed([toLatestItem(article)]);
    expect(xml).not.toContain('<script>');
    expect(xml).toContain(
      'Why &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &lt;b&gt;?',
    );
  });
});

describe('hostile front matter', () => {
  const { file, source } = makeSource();

  it('a deeply nested list gives a clear error, not a crash', () => {
    const deep = source.replace(
      'author: QuickTakes',
      `author: QuickTakes\nnested: ${'['.repeat(20_000)}${']'.repeat(20_000)}`,
    );
    const started = Date.now();
    const { problems } = readArticle(file, deep);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.field}: ${p.message}`)).toEqual([
      `${file}:18: front matter: lists or mappings are nested more than 100 levels deep here: no field needs more than 3`,
    ]);
  });

  it('an alias bomb is refused at its first anchor', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...'bcdefghi'
        .split('')
        .map(
          (k, i) =>
            `${k}: &${k} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`,
        ),
    ].join('\n');
    const { problems } = readArticle(file, source.replace('author: QuickTakes', `author: QuickTakes\n${bomb}`));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toBe('anchors and aliases are not allowed (&a)');
    expect(problems[0]?.line).toBe(18);
  });

  it('a __proto__ key does not pollute Object.prototype', () => {
    const polluted = source.replace('author: QuickTakes', 'author: QuickTakes\n__proto__:\n  polluted: yes');
    readArticle(file, polluted);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
