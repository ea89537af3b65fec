import { useState, useSyncExternalStore } from 'react';
import type { Outcome } from '@/lib/practice/schedule';
import { itemKey, loadSchedule, saveSchedule } from '@/lib/practice/storage';

const never = () => () => {};

/** False on the server and while hydrating, true after: what only works with JavaScript renders then. */
export const useHydrated = () =>
  useSyncExternalStore(
    never,
    () => true,
    () => false,
  );

/** Where an answer stands: not yet given, being saved, saved with its next review, or not saved. */
export type Saved = { state: 'idle' } | { state: 'saving' } | { state: 'saved'; due: number } | { state: 'failed' };

/**
 * Answering one item: schedules it with the scheduler (loaded on the first answer) and saves it on this device,
 * which the header's count and the review page hear.
 */
export function useAnswer(url: string, id: string) {
  const [saved, setSaved] = useState<Saved>({ state: 'idle' });
  const answer = (outcome: Outcome) => {
    const now = Date.now();
    setSaved({ state: 'saving' });
    import('@/lib/practice/schedule')
      .then(({ review }) => {
        const schedule = loadSchedule();
        const key = itemKey(url, id);
        const card = review(schedule.get(key), outcome, now);
        schedule.set(key, card);
        if (!saveSchedule(schedule)) throw new Error('storage refused');
        setSaved({ state: 'saved', due: card.due });
      })
      .catch(() => setSaved({ state: 'failed' }));
  };
  return { saved, answer };
}

/** "Tue, Dec 8": a review date in the learner's own calendar. */
export const reviewDate = (time: number) =>
  new Date(time).toLocaleDateString(undefined, { weekday: 'short', month: 'short', day: 'numeric' });
