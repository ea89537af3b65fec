import type { ListLink } from '@/lib/store/types';

type Props = { articles: ListLink[] };

/** A plain divided list of question links, as the article page's side lists show them. */
export function QuestionLinks({ articles }: Props) {
  return (
    <ul className="mt-4 divide-y divide-slate-200 border-y border-slate-200 dark:divide-slate-700 dark:border-slate-700">
      {articles.map((article) => (
        <li key={article.id}>
          <a href={article.url} className="list-link">
            {article.question}
          </a>
        </li>
      ))}
    </ul>
  );
}
