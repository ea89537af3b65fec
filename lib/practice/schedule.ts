// The scheduler, loaded only when a learner answers (import('@/lib/practice/schedule')): ts-fsrs is bigger than
// the page's whole practice island.
import { createEmptyCard, fsrs, Rating } from 'ts-fsrs';
import type { StoredCard } from './storage';

/** Days between reviews, not minutes: a reading site sees its learners now and then, so no same-day learning steps. */
const scheduler = fsrs({ enable_short_term: false, enable_fuzz: true });

/** How the learner did: `again` (wrong, or did not know it) or `good` (right, or knew it). */
export type Outcome = 'again' | 'good';

/** The item's next state after an answer at `now`; an item never answered before starts as a new card. */
export function review(card: StoredCard | undefined, outcome: Outcome, now: number): StoredCard {
  const next = scheduler.next(card ?? createEmptyCard(now), now, outcome === 'good' ? Rating.Good : Rating.Again).card;
  return {
    due: next.due.getTime(),
    stability: next.stability,
    difficulty: next.difficulty,
    elapsed_days: next.elapsed_days,
    scheduled_days: next.scheduled_days,
    learning_steps: next.learning_steps,
    reps: next.reps,
    lapses: next.lapses,
    state: next.state,
    ...(next.last_review ? { last_review: next.last_review.getTime() } : {}),
  };
}
