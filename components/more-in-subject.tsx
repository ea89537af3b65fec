import type { ListLink } from '@/lib/store/types';
import { QuestionLinks } from './question-links';
import { subjectPath } from '@/lib/config/paths';

type Props = { subject: string; subjectSlug: string; articles: ListLink[] };

/** The subject's newest other questions, and always the way back to the subject index. */
export function MoreInSubject({ subject, subjectSlug, articles }: Props) {
  return (
    <section aria-labelledby="more-heading" className="mt-12">
      <h2 id="more-heading" className="text-xl font-semibold tracking-tight text-ink dark:text-white">
        More in {subject}
      </h2>
      {articles.length > 0 && <QuestionLinks articles={articles} />}
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
