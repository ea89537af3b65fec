import type { SubjectPage } from '@/lib/store/types';
import { subjectCrumbs } from '@/lib/seo/breadcrumbs';
import { subjectDescription } from '@/lib/seo/metadata';
import { breadcrumbJsonLd, collectionPageJsonLd } from '@/lib/seo/structured-data';
import { ArticleCard } from './article-card';
import { Breadcrumbs } from './breadcrumbs';
import { JsonLd } from './json-ld';
import { Pagination } from './pagination';
import { count } from '@/lib/text/plural';

type Props = { data: SubjectPage };

export function SubjectIndex({ data }: Props) {
  const { subject, articles, page, pageCount } = data;
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
      <JsonLd
        data={[collectionPageJsonLd(data, subjectDescription(data)), breadcrumbJsonLd(subjectCrumbs(subject, page))]}
      />
      <Breadcrumbs items={subjectCrumbs(subject, page)} />
      <header className="mt-6 mb-8">
        <h1 className="text-3xl font-bold tracking-tight text-ink sm:text-4xl dark:text-white">
          {subject.name}
          {page > 1 && <span className="text-slate-500 dark:text-slate-400">: page {page}</span>}
        </h1>
        <p className="mt-2 text-lg text-slate-600 dark:text-slate-400">
          {count(subject.count, 'question')} answered, newest first.
        </p>
      </header>
      <ul className="grid gap-4 md:grid-cols-2">
        {articles.map((article) => (
          <li key={article.id}>
            <ArticleCard article={article} />
          </li>
        ))}
      </ul>
      <Pagination subjectSlug={subject.slug} page={page} pageCount={pageCount} />
    </div>
  );
}
