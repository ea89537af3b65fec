'use client';

import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { practicePath } from '@/lib/config/paths';
import {
  forgetItems,
  onScheduleChange,
  parseItemKey,
  parseSchedule,
  scheduleText,
  type StoredCard,
} from '@/lib/practice/storage';
import type { PracticeItem, PracticeSet } from '@/lib/store/types';
import { InlineHtml } from '../prose';
import { PracticeQuestion } from './practice-question';
import { reviewDate, useHydrated } from './use-practice';

/** Items listed under "Coming up"; the rest are counted. */
const UPCOMING_SHOWN = 20;

/** The review page's island; the server renders only its loading line (the schedule is in the browser). */
export function ReviewApp() {
  const hydrated = useHydrated();
  if (!hydrated) return <p className="mt-6 text-slate-600 dark:text-slate-400">Loading your review…</p>;
  return <Review />;
}

type Entry = { key: string; url: string; id: string; card: StoredCard };
/** An article's items as fetched: undefined while loading, null when the article is gone. */
type Sets = Map<string, PracticeSet | null>;

const byDue = (a: Entry, b: Entry) => a.card.due - b.card.due;

function Review() {
  const text = useSyncExternalStore(onScheduleChange, scheduleText, () => '');
  const entries = useMemo(
    () =>
      [...parseSchedule(text || null)].flatMap(([key, card]) => {
        const parts = parseItemKey(key);
        return parts ? [{ key, ...parts, card }] : [];
      }),
    [text],
  );
  // The session's due list is fixed when the page opens: an answered item stays, with its feedback.
  const [start] = useState(() => Date.now());
  const [due] = useState(() => entries.filter((entry) => entry.card.due <= start).sort(byDue));
  const upcoming = entries.filter((entry) => entry.card.due > start).sort(byDue);
  const sets = usePracticeSets([...due, ...upcoming.slice(0, UPCOMING_SHOWN)]);
  const itemOf = (entry: Entry) => sets.get(entry.url)?.practice.find((item) => item.id === entry.id);
  const shownDue = due.filter((entry) => sets.get(entry.url) === undefined || itemOf(entry));

  return (
    <>
      <section aria-labelledby="due-heading" className="mt-8">
        <h2 id="due-heading" className="text-xl font-semibold tracking-tight text-ink dark:text-white">
          Due now{shownDue.length > 0 && ` (${shownDue.length})`}
        </h2>
        {shownDue.length === 0 ? (
          <p className="mt-2 text-slate-700 dark:text-slate-300">
            Nothing is due.{' '}
            {upcoming.length === 0
              ? 'Answer the questions under “Check yourself” at the end of an article to start.'
              : 'The next questions are listed below with the day they come back.'}
          </p>
        ) : (
          <ol className="mt-4 grid gap-4">
            {shownDue.map((entry, index) => (
              <li key={entry.key} className="practice-item">
                <DueItem entry={entry} set={sets.get(entry.url)} item={itemOf(entry)} number={index + 1} />
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="next-heading" className="mt-10">
        <h2 id="next-heading" className="text-xl font-semibold tracking-tight text-ink dark:text-white">
          Coming up
        </h2>
        {upcoming.length === 0 ? (
          <p className="mt-2 text-slate-700 dark:text-slate-300">Nothing is scheduled yet.</p>
        ) : (
          <ol className="mt-3 divide-y divide-slate-200 dark:divide-slate-700">
            {upcoming.slice(0, UPCOMING_SHOWN).map((entry) => (
              <li key={entry.key} className="flex flex-col gap-1 py-3 sm:flex-row sm:gap-4">
                <time
                  dateTime={new Date(entry.card.due).toISOString()}
                  className="shrink-0 text-sm font-semibold text-slate-700 sm:w-28 dark:text-slate-300"
                >
                  {reviewDate(entry.card.due)}
                </time>
                <span className="text-slate-800 dark:text-slate-200">
                  <UpcomingText set={sets.get(entry.url)} item={itemOf(entry)} url={entry.url} />
                </span>
              </li>
            ))}
          </ol>
        )}
        {upcoming.length > UPCOMING_SHOWN && (
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            and {upcoming.length - UPCOMING_SHOWN} more after those.
          </p>
        )}
      </section>
    </>
  );
}

type DueProps = { entry: Entry; set: PracticeSet | null | undefined; item: PracticeItem | undefined; number: number };

function DueItem({ entry, set, item, number }: DueProps) {
  if (!set || !item) return <p className="text-slate-600 dark:text-slate-400">Loading the question…</p>;
  return (
    <>
      <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">
        From{' '}
        <a href={set.url} className="practice-link">
          {set.question}
        </a>
      </p>
      <PracticeQuestion item={item} url={entry.url} number={number} />
    </>
  );
}

function UpcomingText({ set, item, url }: { set: PracticeSet | null | undefined; item?: PracticeItem; url: string }) {
  if (!set || !item) return <a href={url}>{url}</a>;
  return (
    <>
      <InlineHtml html={item.question} />{' '}
      <span className="text-sm text-slate-600 dark:text-slate-400">
        (from{' '}
        <a href={set.url} className="practice-link">
          {set.question}
        </a>
        )
      </span>
    </>
  );
}

/**
 * The practice items of the entries' articles, each article fetched once. An article that is gone, or an item
 * whose question changed, is forgotten: the page would never show it again.
 */
function usePracticeSets(entries: Entry[]): Sets {
  const [sets, setSets] = useState<Sets>(() => new Map());
  const asked = useRef(new Set<string>());
  const wanted = [...new Set(entries.map((entry) => entry.url))].join('\n');
  useEffect(() => {
    for (const url of wanted.split('\n')) {
      const path = practicePath(url);
      if (!path || asked.current.has(url)) continue;
      asked.current.add(url);
      fetch(path)
        .then((response) => (response.status === 404 ? null : response.ok ? response.json() : undefined))
        .then((set: PracticeSet | null | undefined) => {
          if (set === undefined) return;
          setSets((previous) => new Map(previous).set(url, set));
          const ids = new Set(set?.practice.map((item) => item.id));
          const stale = [...parseSchedule(scheduleText() || null).keys()].filter(
            (key) => key.startsWith(`${url}#`) && !ids.has(parseItemKey(key)?.id ?? ''),
          );
          forgetItems(stale);
        })
        .catch(() => {});
    }
  }, [wanted]);
  return sets;
}
