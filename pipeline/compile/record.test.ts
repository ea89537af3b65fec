import { describe, expect, it } from 'vitest';
import { makeArticle } from '../content/__fixtures__/make';
import { textKey } from '../content/cache';
import { buildLibrary } from '../content/library';
import type { Article } from '../content/types';
import { compileArticle, recordKey, shownBy, shownKeys } from './record';

type Edit = { question?: string; answer?: string; date?: string; keywords?: string; subject?: string; extra?: string };

const QUESTIONS = [
  'What is osmosis?',
  'How does diffusion differ from osmosis?',
  'Why do plant cells burst less than animal cells?',
  'What does a cell membrane let through?',
  'How do kidneys control water balance?',
  'What is turgor pressure?',
];

/** Six articles sharing words and pointing at each other, so each record shows several of the others. */
function library(edits: Record<number, Edit> = {}) {
  const articles = QUESTIONS.map((question, i) => {
    const id = i + 1;
    const next = QUESTIONS[(i + 1) % QUESTIONS.length] as string;
    const slug = next
      .toLowerCase()
      .replace(/[^a-z ]/g, '')
      .trim()
      .replace(/ +/g, '-');
    return makeArticle({
      id,
      question,
      keywords: 'osmosis, water, membrane, cell',
      date: `2024-0${id}-01`,
      related: [
        { id: (id % QUESTIONS.length) + 1, title: next, subject: 'Biology', url: `/learn/biology/questions/${slug}` },
      ],
      ...edits[id],
    });
  });
  return buildLibrary(articles);
}

/** Each article's record text and key, by id. */
function compiled(edits: Record<number, Edit> = {}, lib = library(edits)) {
  const keys = shownKeys();
  return new Map(
    lib.articles.map((article: Article) => {
      const shown = shownBy(lib, article);
      const key = recordKey(article, textKey(article.answerMarkdown), shown, keys);
      return [article.id, { record: JSON.stringify(compileArticle(lib, article, undefined, shown)), key }];
    }),
  );
}

describe('recordKey', () => {
  const before = compiled();
  const edits: [string, Edit][] = [
    ['the question', { question: 'What is osmosis, exactly?' }],
    ['the answer (and so the excerpt)', { answer: 'Water crosses a membrane.\\n\\nIt moves toward more solute.' }],
    ['the date', { date: '2025-03-03' }],
    ['the keywords', { keywords: 'osmosis, solute' }],
    ['the subject', { subject: 'Chemistry' }],
    ['the updated date', { extra: 'updated: 2025-06-01\n' }],
  ];

  it.each(edits)('changes for every record that %s of one article changes', (_, edit) => {
    const after = compiled({ 3: edit });
    let changed = 0;
    for (const [id, { record, key }] of after) {
      const old = before.get(id);
      if (!old || old.record === record) continue;
      changed++;
      expect(key, `article ${id}`).not.toBe(old.key);
    }
    // Not vacuous: the edit reaches records.
    expect(changed).toBeGreaterThan(0);
  });

  it('stays the same where the edited article is shown only as a link, whose text did not change', () => {
    // Twelve unrelated articles, newest first by id: each record shows the five newest others as cards, the next
    // five as links.
    const unrelated = (answer?: string) =>
      buildLibrary(
        Array.from({ length: 12 }, (_, i) =>
          makeArticle({
            id: i + 1,
            question: `Question ${'abcdefghijkl'[i]} ${i + 1}?`,
            keywords: `topic${i + 1}`,
            date: `2024-01-${String(28 - i).padStart(2, '0')}`,
            ...(i === 5 && answer ? { answer } : {}),
          }),
        ),
      );
    const before = compiled({}, unrelated());
    const after = compiled({}, unrelated('A new opening sentence.\\n\\nFirst paragraph.'));
    const oldest = 12;
    expect(after.get(oldest)?.record).toBe(before.get(oldest)?.record);
    expect(after.get(oldest)?.key).toBe(before.get(oldest)?.key);
    // Where it is shown as a card, its new excerpt is in the record, and the key changed with it.
    expect(after.get(1)?.record).not.toBe(before.get(1)?.record);
    expect(after.get(1)?.key).not.toBe(before.get(1)?.key);
  });

  it('is the same for the same library, and a small part of the record', () => {
    const again = compiled();
    for (const [id, { key, record }] of before) {
      expect(again.get(id)?.key).toBe(key);
      expect(key.length).toBeLessThan(record.length / 2);
    }
  });
});
