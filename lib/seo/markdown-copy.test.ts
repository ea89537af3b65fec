import { describe, expect, it } from 'vitest';
import { makeArticle, SEED_FILE, seedSource } from '@/pipeline/content/__fixtures__/make';
import { readArticle } from '@/pipeline/check/file';
import { compileMarkdown } from '@/pipeline/compile/record';
import { renderLlmsIndex, renderLlmsTxt, renderMarkdownCopy } from '@/lib/seo/markdown-copy';

const seed = readArticle(SEED_FILE, seedSource).article;
if (!seed) throw new Error('seed did not parse');

describe('the Markdown copy of an article', () => {
  const text = renderMarkdownCopy(compileMarkdown(seed));

  it('holds the seed as a heading, a byline, the answer as written and the canonical link', () => {
    const lines = text.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '# How does operations management contribute to organizational efficiency?',
      '',
      'Business and Management · Posted on Dec 03, 2024 · By QuickTakes',
      '',
    ]);
    expect(lines[4]).toBe(seed.answerMarkdown.split('\n')[0]);
    expect(text).toContain(`\n\n${seed.answerMarkdown}\n\n`);
    expect(text).toContain('1. **Process Optimization**');
    expect(
      text.endsWith(
        '\n\nCanonical: <http://localhost:3000/learn/business-and-management/questions/' +
          'how-does-operations-management-contribute-to-organizational-efficiency>\n',
      ),
    ).toBe(true);
    expect(text).not.toContain('## Sources');
    expect(text).not.toMatch(/<\/?(p|ol|ul|li|strong|em)>/);
  });

  it('lists sources and the updated date, with titles kept out of Markdown syntax', () => {
    const article = makeArticle({
      extra:
        'updated: 2024-06-02\nsources:\n  - title: "On the *Origin* of [Species]"\n    publisher: John Murray\n' +
        '    year: 1859\n  - title: A report\n    url: https://example.org/r\n',
    });
    const copy = renderMarkdownCopy(compileMarkdown(article));
    expect(copy).toContain('Biology · Posted on May 01, 2024 · Updated on Jun 02, 2024 · By QuickTakes');
    expect(copy).toContain(
      '## Sources\n\n- *On the \\*Origin\\* of \\[Species\\]*. John Murray, 1859\n- [A report](https://example.org/r)\n',
    );
  });
});

describe('the Check yourself section of the Markdown copy', () => {
  const article = makeArticle({
    extra: [
      'practice:',
      '  - question: Which law explains why passengers *lurch* forward?',
      '    choices:',
      '      - text: The second law',
      '      - text: The first law',
      '        correct: true',
      '    explanation: Inertia keeps them moving.',
      '  - question: |-',
      '      What is the net force on a 10 kg box',
      '      at $3\\ \\text{m/s}^2$?',
      '    answer: 30 N',
      '    explanation: $F = ma = 30$ N.',
      '',
    ].join('\n'),
  });

  it('gives each item as plain Markdown: question, choices with the correct one marked, answer, explanation', () => {
    const copy = renderMarkdownCopy(compileMarkdown(article));
    expect(copy).toContain(
      [
        '## Check yourself',
        '',
        '### 1. Which law explains why passengers *lurch* forward?',
        '',
        '- The second law',
        '- The first law **(correct)**',
        '',
        'Explanation: Inertia keeps them moving.',
        '',
        '### 2. What is the net force on a 10 kg box at $3\\ \\text{m/s}^2$?',
        '',
        'Answer: 30 N',
        '',
        'Explanation: $F = ma = 30$ N.',
        '',
        'Canonical: <',
      ].join('\n'),
    );
  });

  it('leaves the section out when the article has no items', () => {
    expect(renderMarkdownCopy(compileMarkdown(seed))).not.toContain('Check yourself');
  });
});

describe('llms.txt', () => {
  it('lists the subjects with links to their Markdown indexes, never the articles', () => {
    const text = renderLlmsTxt([
      { name: 'Biology', slug: 'biology', count: 2500 },
      { name: 'History', slug: 'history', count: 6 },
    ]);
    expect(text.startsWith('# QuickTakes\n\n> ')).toBe(true);
    expect(text).toContain(
      '- [Biology](http://localhost:3000/llms/biology.md): 2500 questions, in 3 files linked from one to the next',
    );
    expect(text).toContain('- [History](http://localhost:3000/llms/history.md): 6 questions\n');
    expect(text).not.toContain('/questions/');
  });

  it('pages a subject index and links the pages to each other', () => {
    const subject = { name: 'Biology', slug: 'biology', count: 2500 };
    const items = [{ url: '/learn/biology/questions/a', question: 'A?', excerpt: 'An answer.' }];
    const page = renderLlmsIndex(subject, items, 2, 3);
    expect(page).toContain('# Biology questions, page 2 of 3');
    expect(page).toContain('- [A?](http://localhost:3000/learn/biology/questions/a.md): An answer.');
    expect(page).toContain(
      '- [Previous page](http://localhost:3000/llms/biology.md)\n- [Next page](http://localhost:3000/llms/biology.3.md)',
    );
  });
});
