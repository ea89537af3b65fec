'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { markTyped } from './typed-query';
import { loadSearchClient, useInstantResults } from './use-instant-results';
import { count } from '@/lib/text/plural';

/**
 * The header's search field: a plain GET form to /search (it works without JavaScript), and with
 * JavaScript an ARIA combobox listing the top results as the learner types. The engine loads on focus.
 */
export function HeaderSearch() {
  const router = useRouter();
  const [value, setValue] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const hits = useInstantResults(value);
  const listId = useId();
  const expanded = open && hits.length > 0;
  const optionId = (i: number) => `${listId}-option-${i}`;

  // "/" (outside a text field) or Ctrl+K / Cmd+K focuses the field from anywhere on the page.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if (
        (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) ||
        (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))
      ) {
        event.preventDefault();
        inputRef.current?.focus();
        inputRef.current?.select();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const go = (url: string) => {
    setOpen(false);
    setActive(-1);
    router.push(url);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // From the field, Down goes to the first option and Up to the last; past either end, back to the field.
      setActive((at) =>
        !expanded
          ? step > 0
            ? 0
            : hits.length - 1
          : at + step < -1
            ? hits.length - 1
            : at + step >= hits.length
              ? -1
              : at + step,
      );
    } else if (event.key === 'Enter') {
      const hit = expanded && active >= 0 ? hits[active] : undefined;
      // With no option chosen, the form submits to /search as it would without JavaScript.
      if (hit) {
        event.preventDefault();
        go(hit.url);
      }
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (value) {
        event.preventDefault();
        setValue('');
      }
    }
  };

  return (
    <form
      role="search"
      aria-label="Site"
      action="/search"
      method="get"
      onSubmit={() => markTyped(value)}
      className="relative order-last w-full sm:order-none sm:ml-auto sm:w-64 lg:w-80"
    >
      <label htmlFor="site-search" className="sr-only">
        Search questions
      </label>
      <input
        ref={inputRef}
        id="site-search"
        name="q"
        // type=text: the HTML spec does not allow role=combobox on type=search.
        type="text"
        enterKeyHint="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-keyshortcuts="/ Control+K"
        autoComplete="off"
        placeholder="Search questions…"
        value={value}
        onFocus={() => {
          void loadSearchClient();
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onChange={(event) => {
          setValue(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        className={[
          'w-full rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm text-ink',
          'placeholder:text-slate-500 dark:border-slate-600 dark:bg-night dark:text-white',
          'dark:placeholder:text-slate-400',
        ].join(' ')}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Top results"
        hidden={!expanded}
        className={[
          'absolute inset-x-0 top-full z-50 mt-1 max-h-[70vh] overflow-y-auto rounded-lg border',
          'border-slate-200 bg-white py-1 shadow-lg dark:border-slate-700 dark:bg-night-raised',
        ].join(' ')}
      >
        {hits.map((hit, i) => (
          <li
            key={hit.url}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            // Keep focus in the field, so the click lands before blur closes the list.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => go(hit.url)}
            onMouseMove={() => setActive(i)}
            className={`cursor-pointer px-3 py-2 text-sm ${i === active ? 'bg-brand-50 dark:bg-brand-900/60' : ''}`}
          >
            <span className="block font-medium text-ink dark:text-white">{hit.question}</span>
            <span className="block text-xs text-slate-600 dark:text-slate-400">{hit.subject}</span>
          </li>
        ))}
      </ul>
      <div aria-live="polite" className="sr-only">
        {expanded ? `${count(hits.length, 'result')}; use the arrow keys to choose` : ''}
      </div>
    </form>
  );
}
