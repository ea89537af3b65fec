import { renderInline } from '@/pipeline/markdown/render';
import type { PracticeItem } from '@/lib/store/types';

/** The item with `map` applied to each of its text fields (question, choices, answer, explanation). */
export function mapPracticeText(item: PracticeItem, map: (markdown: string) => string): PracticeItem {
  const common = { id: item.id, question: map(item.question) };
  return item.kind === 'choice'
    ? {
        ...common,
        kind: 'choice',
        choices: item.choices.map((choice) => ({ text: map(choice.text), correct: choice.correct })),
        explanation: map(item.explanation),
      }
    : { ...common, kind: 'recall', answer: map(item.answer), explanation: map(item.explanation) };
}

/**
 * The items as the page shows them (each text field rendered inline, like the answer) and as the Markdown copy
 * gives them (`copy`, only where some field loses what the page strips).
 */
export function compilePractice(items: readonly PracticeItem[]): { html: PracticeItem[]; copy?: PracticeItem[] } {
  const rendered = new Map<string, { html: string; copy: string }>();
  const render = (markdown: string) =>
    rendered.get(markdown) ?? rendered.set(markdown, renderInline(markdown)).get(markdown)!;
  const html = items.map((item) => mapPracticeText(item, (markdown) => render(markdown).html));
  const changed = [...rendered].some(([markdown, { copy }]) => copy !== markdown);
  return {
    html,
    ...(changed ? { copy: items.map((item) => mapPracticeText(item, (markdown) => render(markdown).copy)) } : {}),
  };
}
