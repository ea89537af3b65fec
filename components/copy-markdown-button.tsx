'use client';

import { useState } from 'react';
import { SMALL_BUTTON } from './button-styles';

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
    <button type="button" onClick={copy} className={SMALL_BUTTON}>
      <span aria-live="polite">{LABELS[state]}</span>
    </button>
  );
}
