import type { PracticeItem } from '@/lib/store/types';
import { InlineHtml } from '../prose';
import { choiceLetter } from './choice-letter';
import { PracticeQuestion } from './practice-question';

type Props = { url: string; items: PracticeItem[] };

const correctOf = (item: Extract<PracticeItem, { kind: 'choice' }>) =>
  item.choices.findIndex((choice) => choice.correct);

/**
 * "Check yourself", after the answer: every question on the static page, each one a small island. Without
 * JavaScript a choice item's answer and explanation sit behind a disclosure (in <noscript>, so a page with
 * JavaScript never shows or hydrates it); a recall item's disclosure is the same either way.
 */
export function CheckYourself({ url, items }: Props) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="practice-heading" className="practice no-print">
      <h2 id="practice-heading" className="text-lg font-semibold tracking-tight text-ink dark:text-white">
        Check yourself
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        Answer from memory. Your answers stay in this browser, and each question comes back on{' '}
        <a href="/review" className="practice-link">
          your review page
        </a>{' '}
        when it is time to practise it again.
      </p>
      <ol className="mt-4 grid gap-4">
        {items.map((item, index) => (
          <li key={item.id} className="practice-item">
            <PracticeQuestion item={item} url={url} number={index + 1} />
            {item.kind === 'choice' && (
              <noscript>
                <details className="practice-reveal">
                  <summary>Show the answer</summary>
                  <p className="mt-2">
                    <span className="font-semibold">Answer:</span> {choiceLetter(correctOf(item))}:{' '}
                    <InlineHtml html={item.choices[correctOf(item)]?.text ?? ''} />
                  </p>
                  <p className="mt-1">
                    <InlineHtml html={item.explanation} />
                  </p>
                </details>
              </noscript>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
