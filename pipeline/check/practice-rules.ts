import { findInlineProblem, renderInline } from '@/pipeline/markdown/render';
import type { PracticeItem } from '@/lib/store/types';
import { checkAnswerTree, hasRawHtml } from './answer-rules';
import type { Article, Problem } from '../content/types';

type Found = Pick<Problem, 'field' | 'severity' | 'message'>;

/** Each text field of an item with its field name: `practice[1].choices[0].text`. */
function textFields(item: PracticeItem, at: string): [string, string][] {
  const fields: [string, string][] = [[`${at}.question`, item.question]];
  if (item.kind === 'choice')
    item.choices.forEach((choice, i) => fields.push([`${at}.choices[${i}].text`, choice.text]));
  else fields.push([`${at}.answer`, item.answer]);
  fields.push([`${at}.explanation`, item.explanation]);
  return fields;
}

/**
 * The practice items' text, read as the page renders it: inline Markdown only (a list or a heading is refused, and a
 * link in a choice), the
 * answer's formula rules, raw HTML (stripped, a warning), and no question twice (the learner's device names an
 * item by its question).
 */
export function checkPractice(article: Article): Found[] {
  const found: Found[] = [];
  const seen = new Map<string, number>();
  article.practice.forEach((item, index) => {
    const at = `practice[${index}]`;
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, index);
    else
      found.push({
        field: `${at}.question`,
        severity: 'error',
        message: `is the same as practice[${first}]'s question`,
      });
    for (const [field, markdown] of textFields(item, at)) {
      const inline = findInlineProblem(markdown);
      if (inline) {
        found.push({ field, severity: 'error', message: inline });
        continue;
      }
      // A choice is a button the learner presses, and a button cannot hold a link.
      if (field.endsWith('.text') && renderInline(markdown).html.includes('<a'))
        found.push({
          field,
          severity: 'error',
          message: 'must not hold a link: the learner presses the choice itself',
        });
      for (const problem of checkAnswerTree(markdown, 'the text')) found.push({ field, ...problem });
      if (hasRawHtml(markdown))
        found.push({ field, severity: 'warning', message: 'contains raw HTML, which the page strips' });
    }
  });
  return found;
}
