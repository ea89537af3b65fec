import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@/pipeline/markdown/render';
import { makeSource, SEED_FILE, seedSource } from './__fixtures__/make';
import { readArticle } from '@/pipeline/check/file';

const parseSeed = () => {
  const { article, problems } = readArticle(SEED_FILE, seedSource);
  // The seed's real description is 242 characters: the one warning, found and located at parse time.
  expect(problems.map((p) => `${p.line}: ${p.field}: ${p.severity}`)).toEqual(['13: seo.page_description: warning']);
  if (!article) throw new Error('seed did not parse');
  return article;
};

describe('the seed article', () => {
  it('normalizes its fields from the front matter', () => {
    const article = parseSeed();
    expect(article.id).toBe(79891);
    expect(article.subject).toBe('Business and Management');
    expect(article.subjectSlug).toBe('business-and-management');
    expect(article.slug).toBe('how-does-operations-management-contribute-to-organizational-efficiency');
    expect(article.question).toBe('How does operations management contribute to organizational efficiency?');
    expect(article.publishedAt).toBe('2024-12-03');
    expect(article.seo.title).toBe('QuickTakes | Business and Management');
    expect(article.seo.keywords).toHaveLength(11);
    expect(article.seo.keywords[0]).toBe('operations management');
    expect(article.score).toBe(-1);
  });

  it('keeps the related references in order, slugs taken from their urls', () => {
    const refs = parseSeed().relatedRefs;
    expect(refs.map((r) => r.id)).toEqual([79868, 79864, 79871, 79870, 79872]);
    expect(refs[3]?.url).toBe(
      '/learn/business-and-management/questions/can-you-explain-some-contemporary-decisionmaking-models',
    );
    expect(refs[3]?.title).toBe('Can you explain some contemporary decision-making models?');
  });

  it('turns the literal \\n sequences into real paragraph breaks', () => {
    const { answerMarkdown } = parseSeed();
    expect(answerMarkdown).not.toContain('\\n');
    expect(answerMarkdown.split('\n\n')).toHaveLength(9);
  });

  it('renders as an intro paragraph, an ordered list of 7 bold lead-ins and a closing paragraph', () => {
    const html = renderMarkdown(parseSeed().answerMarkdown);
    expect(html).not.toContain('\\n');
    const topLevel = html.replace(/<ol>[\s\S]*<\/ol>/, '<ol></ol>').match(/^<(p|ol|ul)>/gm);
    expect(topLevel).toEqual(['<p>', '<ol>', '<p>']);
    const items = html.match(/<li>\s*(?:<p>)?<strong>[^<]+<\/strong>:/g) ?? [];
    expect(items).toHaveLength(7);
    expect(html).toContain('<strong>Process Optimization</strong>');
    expect(html.trim().endsWith('in their respective markets.</p>')).toBe(true);
  });

  it('shows the same date label in every time zone', () => {
    const original = process.env.TZ;
    try {
      for (const tz of ['America/Los_Angeles', 'Asia/Tokyo', 'UTC']) {
        process.env.TZ = tz;
        expect(parseSeed().dateLabel).toBe('Posted on Dec 03, 2024');
      }
    } finally {
      process.env.TZ = original;
    }
  });

  it('tolerates unknown keys such as _schema', () => {
    const { source, file } = makeSource({ extra: 'reviewed_by: someone\n' });
    expect(readArticle(file, source).problems).toEqual([]);
  });
});

describe('answer formats', () => {
  it('renders a double-quoted answer with real newlines like the folded one', () => {
    const folded = makeSource({ answer: 'Intro.\\n\\n1. **A**: one.\\n2. **B**: two.\\n\\nEnd.' });
    const quoted = makeSource().source.replace(
      /answer: >-\n {4}.*\n/,
      'answer: "Intro.\\n\\n1. **A**: one.\\n2. **B**: two.\\n\\nEnd."\n',
    );
    const a = readArticle(folded.file, folded.source).article;
    const b = readArticle(folded.file, quoted).article;
    expect(b?.answerMarkdown).toBe(a?.answerMarkdown);
    expect(renderMarkdown(b?.answerMarkdown ?? '')).toBe(renderMarkdown(a?.answerMarkdown ?? ''));
    expect(renderMarkdown(a?.answerMarkdown ?? '')).toContain('<ol>');
  });

  it('renders GFM tables', () => {
    const { file, source } = makeSource({ answer: 'Intro.\\n\\n| A | B |\\n| --- | --- |\\n| 1 | 2 |\\n\\nEnd.' });
    const html = renderMarkdown(readArticle(file, source).article?.answerMarkdown ?? '');
    expect(html).toContain('<table>');
    expect(html).toContain('<td>2</td>');
  });
});
