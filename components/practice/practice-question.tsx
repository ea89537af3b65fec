'use client';

import { useId, useState } from 'react';
import type { PracticeItem } from '@/lib/store/types';
import { InlineHtml } from '../prose';
import { choiceLetter } from './choice-letter';
import { reviewDate, useAnswer, useHydrated, type Saved } from './use-practice';

type Props = {
  item: PracticeItem;
  /** The article the item belongs to: its schedule is kept under this address. */
  url: string;
  number: number;
};

/** One "Check yourself" item: a choice item is answered by picking, a recall item by revealing, then grading. */
export function PracticeQuestion(props: Props) {
  return props.item.kind === 'choice' ? (
    <ChoiceQuestion {...props} item={props.item} />
  ) : (
    <RecallQuestion {...props} item={props.item} />
  );
}

type ChoiceProps = Props & { item: Extract<PracticeItem, { kind: 'choice' }> };

/**
 * The choices as a group under the question. Without JavaScript they are plain text (the page's <noscript> shows
 * the answer); once hydrated, each is a button, and the pick is told right or wrong with the explanation.
 */
function ChoiceQuestion({ item, url, number }: ChoiceProps) {
  const hydrated = useHydrated();
  const [picked, setPicked] = useState<number>();
  const { saved, answer } = useAnswer(url, item.id);
  const correctIndex = item.choices.findIndex((choice) => choice.correct);
  const correct = item.choices[correctIndex];
  const pick = (index: number) => {
    if (picked !== undefined) return;
    setPicked(index);
    answer(item.choices[index]?.correct ? 'good' : 'again');
  };
  return (
    <fieldset className="practice-group">
      <legend className="practice-question">
        <span className="practice-number">{number}.</span> <InlineHtml html={item.question} />
      </legend>
      <ul className="mt-3 grid gap-2">
        {item.choices.map((choice, index) => {
          const mark = picked === undefined ? '' : choice.correct ? 'right' : index === picked ? 'wrong' : 'other';
          // The letter is text: a choice that is only a formula still has a name (MathML gives none to some tools).
          const text = (
            <>
              <span className="practice-letter">{choiceLetter(index)}</span>
              <InlineHtml html={choice.text} className="flex-1" />
            </>
          );
          return (
            // Choices have no id, and never move.
            <li key={index}>
              {hydrated ? (
                <button
                  type="button"
                  className="practice-choice"
                  data-mark={mark || undefined}
                  aria-disabled={picked !== undefined}
                  onClick={() => pick(index)}
                >
                  {text}
                  {mark === 'right' && <span className="practice-mark">✓ Right answer</span>}
                  {mark === 'wrong' && <span className="practice-mark">✗ Your answer</span>}
                </button>
              ) : (
                <span className="practice-choice">{text}</span>
              )}
            </li>
          );
        })}
      </ul>
      <div aria-live="polite">
        {picked !== undefined && correct && (
          <div className="practice-feedback" data-mark={item.choices[picked]?.correct ? 'right' : 'wrong'}>
            <p className="font-semibold">
              {item.choices[picked]?.correct ? (
                'Right.'
              ) : (
                <>
                  Not quite. The answer is {choiceLetter(correctIndex)}: <InlineHtml html={correct.text} />
                </>
              )}
            </p>
            <p className="mt-1">
              <InlineHtml html={item.explanation} />
            </p>
            <SavedNote saved={saved} />
          </div>
        )}
      </div>
    </fieldset>
  );
}

type RecallProps = Props & { item: Extract<PracticeItem, { kind: 'recall' }> };

/** The question, and its answer behind a disclosure (it works without JavaScript); with it, "Did you know it?". */
function RecallQuestion({ item, url, number }: RecallProps) {
  const hydrated = useHydrated();
  const [knew, setKnew] = useState<boolean>();
  const { saved, answer } = useAnswer(url, item.id);
  const status = useId();
  const grade = (known: boolean) => {
    if (knew !== undefined) return;
    setKnew(known);
    answer(known ? 'good' : 'again');
  };
  return (
    <div>
      <p className="practice-question">
        <span className="practice-number">{number}.</span> <InlineHtml html={item.question} />
      </p>
      <details className="practice-reveal">
        <summary>Show the answer</summary>
        <p className="mt-2">
          <span className="font-semibold">Answer:</span> <InlineHtml html={item.answer} />
        </p>
        <p className="mt-1">
          <InlineHtml html={item.explanation} />
        </p>
        {hydrated && (
          <fieldset className="mt-3" aria-describedby={knew === undefined ? undefined : status}>
            <legend className="font-semibold">Did you know it?</legend>
            <div className="mt-2 flex flex-wrap gap-2">
              <button
                type="button"
                className="practice-grade"
                aria-pressed={knew === true}
                aria-disabled={knew !== undefined}
                onClick={() => grade(true)}
              >
                Yes, I knew it
              </button>
              <button
                type="button"
                className="practice-grade"
                aria-pressed={knew === false}
                aria-disabled={knew !== undefined}
                onClick={() => grade(false)}
              >
                Not yet
              </button>
            </div>
            <div id={status} aria-live="polite">
              {knew !== undefined && <SavedNote saved={saved} />}
            </div>
          </fieldset>
        )}
      </details>
    </div>
  );
}

/** When the item comes back, or why it will not. */
function SavedNote({ saved }: { saved: Saved }) {
  if (saved.state === 'saved')
    return (
      <p className="mt-2 text-sm">
        Next review: <time dateTime={new Date(saved.due).toISOString()}>{reviewDate(saved.due)}</time> on{' '}
        <a href="/review" className="practice-link">
          your review page
        </a>
        .
      </p>
    );
  if (saved.state === 'failed')
    return (
      <p className="mt-2 text-sm">
        This browser does not let the site keep your answers, so it is not scheduled for review.
      </p>
    );
  return null;
}
