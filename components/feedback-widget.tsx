'use client';

import { useRef, useState, type FormEvent } from 'react';

type Step = 'ask' | 'no' | 'thanks';

const button = [
  'rounded-md border border-slate-300 px-4 py-1.5 font-semibold text-brand-700',
  'hover:border-brand-400 disabled:opacity-60 dark:border-slate-600 dark:text-brand-300',
].join(' ');
const ASK_FORM =
  'mt-3 flex-wrap gap-3 group-has-[#feedback-no:target]:hidden group-has-[#feedback-thanks:target]:hidden';

/**
 * "Was this answer helpful?" Without JavaScript: "Yes" posts the form (the API answers 303 back to
 * #feedback-thanks), "No" is a link to #feedback-no, and :target shows the comment form or the thanks,
 * so the static page needs nothing per request. With JavaScript the same forms post in place.
 */
export function FeedbackWidget({ url }: { url: string }) {
  const [step, setStep] = useState<Step>('ask');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState('');
  const comment = useRef<HTMLTextAreaElement>(null);

  const send = async (event: FormEvent<HTMLFormElement>, helpful: boolean) => {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get('comment') ?? '');
    setSending(true);
    setError('');
    try {
      const response = await fetch('/api/feedback', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ url, helpful, ...(text.trim() ? { comment: text } : {}) }),
      });
      if (response.ok) setStep('thanks');
      else {
        const body = (await response.json().catch(() => null)) as { error?: string } | null;
        setError(body?.error ?? `the server answered ${response.status}`);
      }
    } catch {
      setError('the connection failed');
    }
    setSending(false);
  };

  return (
    <section
      id="feedback"
      aria-labelledby="feedback-heading"
      className="group no-print mt-10 rounded-lg border border-slate-200 p-4 dark:border-slate-700"
    >
      <h2 id="feedback-heading" className="font-semibold text-ink dark:text-white">
        Was this answer helpful?
      </h2>
      <form
        method="post"
        action="/api/feedback"
        onSubmit={(event) => send(event, true)}
        className={`${step === 'ask' ? 'flex' : 'hidden'} ${ASK_FORM}`}
      >
        <input type="hidden" name="url" value={url} />
        <button type="submit" name="helpful" value="true" className={button} disabled={sending}>
          Yes
        </button>
        <a
          href="#feedback-no"
          className={button}
          onClick={(event) => {
            event.preventDefault();
            setStep('no');
            requestAnimationFrame(() => comment.current?.focus());
          }}
        >
          No
        </a>
      </form>
      <form
        id="feedback-no"
        method="post"
        action="/api/feedback"
        onSubmit={(event) => send(event, false)}
        className={`${step === 'no' ? 'block' : 'hidden'} mt-3 group-has-[#feedback-thanks:target]:hidden target:block`}
      >
        <input type="hidden" name="url" value={url} />
        <input type="hidden" name="helpful" value="false" />
        <label htmlFor="feedback-comment" className="block text-sm text-slate-700 dark:text-slate-300">
          What was missing or unclear? (optional, at most 500 characters)
        </label>
        <textarea
          ref={comment}
          id="feedback-comment"
          name="comment"
          maxLength={500}
          rows={3}
          className={[
            'mt-1 block w-full rounded-md border border-slate-300 bg-white p-2 text-ink',
            'dark:border-slate-600 dark:bg-night-raised dark:text-white',
          ].join(' ')}
        />
        <button type="submit" className={`${button} mt-2`} disabled={sending}>
          Send
        </button>
      </form>
      <p
        id="feedback-thanks"
        tabIndex={-1}
        className={`${step === 'thanks' ? 'block' : 'hidden'} mt-3 text-slate-700 target:block dark:text-slate-300`}
      >
        Thank you: your answer helps the writers improve this page.
      </p>
      <p role="status" className="sr-only">
        {step === 'thanks' ? 'Thank you for your feedback.' : ''}
      </p>
      {error && (
        <p role="alert" className="mt-2 text-red-800 dark:text-red-300">
          Your feedback was not sent: {error}.
        </p>
      )}
    </section>
  );
}
