import type { ListLink } from '@/lib/content';
import { subjectPath } from '@/lib/paths';

type Props = { subject: string; subjectSlug: string; articles: ListLink[] };

/** The subject's newest other questions, and always the way back to the subject index. */
export function MoreInSubject({ subject, subjectSlug, articles }: Props) {
  return (
    <section aria-labelledby="more-heading" className="mt-12">
      <h2 id="more-heading" className="text-xl font-semibold tracking-tight text-ink dark:text-white">
        More in {subject}
      </h2>
      {articles.length > 0 && (
        <ul className="mt-4 divide-y divide-slate-200 border-y border-slate-200 dark:divide-slate-700 dark:border-slate-700">
          {articles.map((article) => (
            <li key={article.id}>
              <a href={article.url} className="list-link">
                {article.question}
              </a>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-4">
        <a
          href={subjectPath(subjectSlug)}
          className="rounded font-semibold text-brand-700 hover:underline dark:text-brand-300"
        >
          All {subject} questions →
        </a>
      </p>
    </section>
  );
}
