// The learner's review schedule, kept in this browser's localStorage and nowhere else. Read by the header's due
// count on every page, so it stays small and never loads the scheduler.
import { ARTICLE_PATH } from '@/lib/config/paths';

/** The key holds its format's version: data of another version is never read, and is removed. */
export const SCHEDULE_KEY = 'quicktakes.practice.v1';
const OLD_KEYS = /^quicktakes\.practice\.v(?!1$)\d+$/;
/** Sent on this window when the schedule is saved; other tabs hear the `storage` event. */
export const SCHEDULE_EVENT = 'quicktakes:practice';

/** One item's scheduler state, as ts-fsrs reads it (`CardInput`), with times as epoch milliseconds. */
export type StoredCard = {
  due: number;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review?: number;
};

/** Every item the learner has answered, by `itemKey`. */
export type Schedule = Map<string, StoredCard>;

/** An item's name across articles: its article's address and its id (`/learn/…/questions/…#id`). */
export const itemKey = (url: string, id: string) => `${url}#${id}`;

/** The article address and item id of a key, or undefined for a key no article could have written. */
export function parseItemKey(key: string): { url: string; id: string } | undefined {
  const at = key.lastIndexOf('#');
  const url = key.slice(0, at);
  const id = key.slice(at + 1);
  return at > 0 && ARTICLE_PATH.test(url) && /^[\w-]{1,64}$/.test(id) ? { url, id } : undefined;
}

const NUMBERS = [
  'due',
  'stability',
  'difficulty',
  'elapsed_days',
  'scheduled_days',
  'learning_steps',
  'reps',
  'lapses',
];

function toCard(value: unknown): StoredCard | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const card = value as Record<string, unknown>;
  const finite = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
  if (!NUMBERS.every((name) => finite(card[name]))) return undefined;
  if (!Number.isInteger(card.state) || (card.state as number) < 0 || (card.state as number) > 3) return undefined;
  if (card.last_review !== undefined && !finite(card.last_review)) return undefined;
  const out = Object.fromEntries([...NUMBERS, 'state'].map((name) => [name, card[name]])) as StoredCard;
  if (card.last_review !== undefined) out.last_review = card.last_review as number;
  return out;
}

/** The schedule in a stored text; anything unreadable is dropped (the whole text, or the one bad entry), never thrown. */
export function parseSchedule(text: string | null): Schedule {
  const schedule: Schedule = new Map();
  let data: unknown;
  try {
    data = JSON.parse(text ?? 'null');
  } catch {
    return schedule;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return schedule;
  for (const [key, value] of Object.entries(data)) {
    const card = parseItemKey(key) && toCard(value);
    if (card) schedule.set(key, card);
  }
  return schedule;
}

export const serializeSchedule = (schedule: Schedule) => JSON.stringify(Object.fromEntries(schedule));

/** localStorage, or undefined where the browser refuses it (storage off, some private modes). */
function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

/** The saved schedule; corrupt or older data is removed, and an empty schedule is what cleared storage reads as. */
export function loadSchedule(store = storage()): Schedule {
  if (!store) return new Map();
  try {
    for (let i = store.length - 1; i >= 0; i--) {
      const key = store.key(i);
      if (key && OLD_KEYS.test(key)) store.removeItem(key);
    }
    const text = store.getItem(SCHEDULE_KEY);
    const schedule = parseSchedule(text);
    if (text !== null && serializeSchedule(schedule) !== text) writeSchedule(schedule, store);
    return schedule;
  } catch {
    return new Map();
  }
}

function writeSchedule(schedule: Schedule, store: Storage): void {
  if (schedule.size === 0) store.removeItem(SCHEDULE_KEY);
  else store.setItem(SCHEDULE_KEY, serializeSchedule(schedule));
}

/** Saves the schedule and tells this window's islands; false when the browser refused (full or off). */
export function saveSchedule(schedule: Schedule, store = storage()): boolean {
  try {
    if (!store) return false;
    writeSchedule(schedule, store);
    if (typeof window !== 'undefined') window.dispatchEvent(new Event(SCHEDULE_EVENT));
    return true;
  } catch {
    return false;
  }
}

/** The stored text as it is now: equal text, equal schedule (a snapshot for React's useSyncExternalStore). */
export function scheduleText(store = storage()): string {
  try {
    return store?.getItem(SCHEDULE_KEY) ?? '';
  } catch {
    return '';
  }
}

/** Calls `listener` on every save: this window's (SCHEDULE_EVENT) and other tabs' (`storage`); returns the unsubscribe. */
export function onScheduleChange(listener: () => void): () => void {
  window.addEventListener(SCHEDULE_EVENT, listener);
  window.addEventListener('storage', listener);
  return () => {
    window.removeEventListener(SCHEDULE_EVENT, listener);
    window.removeEventListener('storage', listener);
  };
}

/** Removes items from the saved schedule (their article or question is gone). */
export function forgetItems(keys: readonly string[]): void {
  const schedule = loadSchedule();
  if (keys.filter((key) => schedule.delete(key)).length > 0) saveSchedule(schedule);
}

/** How many items are due at `now`, and when the next one falls due (undefined when none is waiting). */
export function dueSummary(schedule: Schedule, now: number): { due: number; next?: number } {
  let due = 0;
  let next: number | undefined;
  for (const card of schedule.values()) {
    if (card.due <= now) due++;
    else if (next === undefined || card.due < next) next = card.due;
  }
  return { due, ...(next === undefined ? {} : { next }) };
}
