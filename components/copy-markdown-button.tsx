'use client';

import { useState } from 'react';

type State = 'idle' | 'copied' | 'failed';
const LABELS: Record<State, string> = { idle: 'Copy as Markdown', copied: 'Markdown copied', failed: 'Copy failed' };

/** Copies the article's Markdown copy (its `.md` address, fetched on click) for pasting into notes or an assistant. */
export function CopyMarkdownButton({ href }: { href: string }) {
  const [state, setState] = useState<State>('idle');
  const show = (next: State) => {
    setState(next);
    setTimeout(() => setState('idle'), 2000);
  };
  const copy = () => {
    const text = fetch(href).then((response) => {
      if (!response.ok) throw new Error(`${response.status}`);
      return response.text();
    });
    // Safari keeps the click's permission only for a ClipboardItem handed the pending text.
    const write =
      typeof ClipboardItem !== 'undefined' && navigator.clipboard.write
        ? navigator.clipboard.write([
            new ClipboardItem({ 'text/plain': text.then((t) => new Blob([t], { type: 'text/plain' })) }),
          ])
        : text.then((t) => navigator.clipboard.writeText(t));
    write.then(
      () => show('copied'),
      () => show('failed'),
    );
  };
  return (
    <button
      type="button"
      onClick={copy}
      className="rounded-md border border-slate-300 px-2.5 py-1 text-sm font-medium text-slate-700 hover:border-brand-400 hover:text-brand-700 dark:border-slate-600 dark:text-slate-300 dark:hover:text-brand-300"
    >
      <span aria-live="polite">{LABELS[state]}</span>
    </button>
  );
}
