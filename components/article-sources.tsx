import type { Source } from '@/lib/store/types';
import { sourceDetails } from '@/lib/seo/markdown-copy';

type Props = { sources: Source[] };

/** The references the answer rests on, under the answer. */
export function ArticleSources({ sources }: Props) {
  if (sources.length === 0) return null;
  return (
    <section aria-labelledby="sources-heading" className="mt-10 border-t border-slate-200 pt-6 dark:border-slate-700">
      <h2 id="sources-heading" className="text-lg font-semibold tracking-tight text-ink dark:text-white">
        Sources
      </h2>
      <ul className="mt-3 list-disc space-y-2 pl-5 text-base text-slate-700 dark:text-slate-300">
        {sources.map((source) => {
          const details = sourceDetails(source);
          return (
            <li key={`${source.title}|${source.url ?? ''}`}>
              {source.url ? (
                <a
                  href={source.url}
                  className="rounded font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-300"
                >
                  <cite>{source.title}</cite>
                </a>
              ) : (
                <cite>{source.title}</cite>
              )}
              {details && `. ${details}`}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
