import { describe, expect, it } from 'vitest';
import { review } from './schedule';
import { dueSummary, itemKey, loadSchedule, saveSchedule, SCHEDULE_KEY, type Schedule } from './storage';

/** localStorage's interface over a Map; `fail` makes every call throw, as a browser with storage off does. */
function memoryStorage(entries: Record<string, string> = {}, fail = false): Storage {
  const map = new Map(Object.entries(entries));
  const guard = () => {
    if (fail) throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return {
    get length() {
      guard();
      return map.size;
    },
    key: (i) => (guard(), [...map.keys()][i] ?? null),
    getItem: (key) => (guard(), map.get(key) ?? null),
    setItem: (key, value) => (guard(), void map.set(key, String(value))),
    removeItem: (key) => (guard(), void map.delete(key)),
    clear: () => (guard(), map.clear()),
  };
}

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 6, 9);
const URL = '/learn/physics/questions/what-are-newtons-three-laws-of-motion';
const card = (due: number) => review(undefined, 'good', due - 3 * DAY);

describe('the schedule on the device', () => {
  it('reads back what it saved', () => {
    const store = memoryStorage();
    const schedule: Schedule = new Map([[itemKey(URL, 'abc123def456'), review(undefined, 'again', NOW)]]);
    expect(saveSchedule(schedule, store)).toBe(true);
    expect(loadSchedule(store)).toEqual(schedule);
  });

  it('starts over from cleared storage', () => {
    expect(loadSchedule(memoryStorage()).size).toBe(0);
  });

  it.each([
    ['not JSON', '{"/learn/a/questions/b#x": {'],
    ['a list', '[1, 2]'],
    ['a number', '42'],
    ['null', 'null'],
  ])('discards %s, and removes it', (_, text) => {
    const store = memoryStorage({ [SCHEDULE_KEY]: text });
    expect(loadSchedule(store).size).toBe(0);
    expect(store.getItem(SCHEDULE_KEY)).toBeNull();
  });

  it('drops only the entries it cannot read, keeping the rest', () => {
    const good = review(undefined, 'good', NOW);
    const entries = {
      [itemKey(URL, 'good')]: good,
      [itemKey(URL, 'nan')]: { ...good, due: 'tomorrow' },
      [itemKey(URL, 'negative')]: { ...good, stability: -1 },
      [itemKey(URL, 'state')]: { ...good, state: 9 },
      [itemKey(URL, 'review')]: { ...good, last_review: null },
      [itemKey('/somewhere/else', 'x')]: good,
      [`${URL}#`]: good,
      [itemKey(URL, '__proto__')]: 'text',
    };
    const store = memoryStorage({ [SCHEDULE_KEY]: JSON.stringify(entries) });
    expect([...loadSchedule(store).keys()]).toEqual([itemKey(URL, 'good')]);
    expect(Object.keys(JSON.parse(store.getItem(SCHEDULE_KEY) ?? '{}'))).toEqual([itemKey(URL, 'good')]);
  });

  it('never reads, and removes, the data of another version', () => {
    const old = JSON.stringify({ [itemKey(URL, 'old')]: review(undefined, 'good', NOW) });
    const store = memoryStorage({ 'quicktakes.practice.v0': old, 'quicktakes.practice.v12': old, other: 'kept' });
    expect(loadSchedule(store).size).toBe(0);
    expect(store.getItem('quicktakes.practice.v0')).toBeNull();
    expect(store.getItem('quicktakes.practice.v12')).toBeNull();
    expect(store.getItem('other')).toBe('kept');
  });

  it('never throws where the browser refuses storage', () => {
    const store = memoryStorage({}, true);
    expect(loadSchedule(store).size).toBe(0);
    expect(saveSchedule(new Map([[itemKey(URL, 'a'), card(NOW)]]), store)).toBe(false);
  });

  it('counts what is due and says when the next item falls due', () => {
    const schedule: Schedule = new Map([
      [itemKey(URL, 'a'), card(NOW - DAY)],
      [itemKey(URL, 'b'), card(NOW)],
      [itemKey(URL, 'c'), card(NOW + 2 * DAY)],
      [itemKey(URL, 'd'), card(NOW + DAY)],
    ]);
    expect(dueSummary(schedule, NOW)).toEqual({ due: 2, next: NOW + DAY });
    expect(dueSummary(new Map(), NOW)).toEqual({ due: 0 });
  });
});

describe('the scheduler', () => {
  it('brings a missed item back sooner than a known one, and a known one later each time', () => {
    const missed = review(undefined, 'again', NOW);
    const known = review(undefined, 'good', NOW);
    expect(missed.due).toBeGreaterThan(NOW);
    expect(missed.due).toBeLessThan(known.due);
    const again = review(known, 'good', known.due);
    expect(again.due - known.due).toBeGreaterThan(known.due - NOW);
    expect(again.reps).toBe(2);
  });

  it('gives the same schedule for the same answers at the same times', () => {
    expect(review(review(undefined, 'good', NOW), 'good', NOW + 3 * DAY)).toEqual(
      review(review(undefined, 'good', NOW), 'good', NOW + 3 * DAY),
    );
  });
});
