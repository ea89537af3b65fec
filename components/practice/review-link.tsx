'use client';

import { useSyncExternalStore } from 'react';
import { dueSummary, loadSchedule, onScheduleChange } from '@/lib/practice/storage';

// setTimeout's longest delay; a later due date is looked at again then.
const MAX_DELAY = 2 ** 31 - 1;

/** Hears every change to the schedule (this tab's saves, other tabs' `storage` events) and the next item falling due. */
function subscribe(onChange: () => void) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = () => {
    clearTimeout(timer);
    const { next } = dueSummary(loadSchedule(), Date.now());
    if (next !== undefined) timer = setTimeout(update, Math.min(next - Date.now() + 1000, MAX_DELAY));
    onChange();
  };
  const stop = onScheduleChange(update);
  update();
  return () => {
    clearTimeout(timer);
    stop();
  };
}

const dueNow = () => dueSummary(loadSchedule(), Date.now()).due;

/**
 * The header's link to the review page, with how many items are due once any is. The count sits outside the
 * layout (absolutely placed), so its arrival moves nothing; the server renders none.
 */
export function ReviewLink() {
  const due = useSyncExternalStore(subscribe, dueNow, () => 0);
  return (
    <a
      href="/review"
      className="relative rounded text-slate-700 hover:text-brand-700 dark:text-slate-300 dark:hover:text-brand-300"
    >
      Review
      {due > 0 && (
        <span
          className={[
            'absolute -top-2.5 left-full ml-0.5 min-w-5 rounded-full bg-brand-700 px-1.5 text-center',
            'text-xs leading-5 font-semibold text-white dark:bg-brand-300 dark:text-night',
          ].join(' ')}
        >
          {due}
          <span className="sr-only"> due</span>
        </span>
      )}
    </a>
  );
}
