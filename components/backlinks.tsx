import type { ListLink } from '@/lib/store/types';
import { QuestionLinks } from './question-links';

type Props = { articles: ListLink[] };

/** Articles whose related references point at this one (computed once per build, getBacklinks). */
export function Backlinks({ articles }: Props) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="backlinks-heading" className="mt-12">
      <h2 id="backlinks-heading" className="text-xl font-semibold tracking-tight text-ink dark:text-white">
        Questions that link here
      </h2>
      <QuestionLinks articles={articles} />
    </section>
  );
}
