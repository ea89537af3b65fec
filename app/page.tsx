import { ArticleCard } from '@/components/article-card';
import { JsonLd } from '@/components/json-ld';
import { SubjectList } from '@/components/subject-list';
import { LATEST_COUNT, SITE_NAME, SITE_TAGLINE } from '@/lib/config/site';
import { getData } from '@/lib/data';
import { pageMetadata } from '@/lib/seo/metadata';
import { websiteJsonLd } from '@/lib/seo/structured-data';

export async function generateMetadata() {
  const data = await getData();
  const subjects = data.subjects();
  return pageMetadata({
    title: `${SITE_NAME}: ${SITE_TAGLINE}`,
    description: `Short, accurate answers to ${data.articleCount()} study questions across ${subjects.length} subjects, from ${subjects
      .slice(0, 3)
      .map((s) => s.name)
      .join(', ')} and more.`,
    path: '/',
  });
}

export default async function HomePage() {
  const data = await getData();
  const subjects = data.subjects();
  return (
    <div className="mx-auto max-w-6xl px-4 sm:px-6">
      <JsonLd data={websiteJsonLd()} />
      <section className="py-12 sm:py-16">
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase dark:text-brand-300">{SITE_NAME}</p>
        <h1 className="mt-3 max-w-3xl text-4xl font-bold tracking-tight text-balance text-ink sm:text-5xl dark:text-white">
          {SITE_TAGLINE}
        </h1>
        <p className="mt-4 max-w-2xl text-lg leading-relaxed text-slate-700 dark:text-slate-300">
          Each answer starts with the point, then walks through the ideas that matter, the way a good teacher would.
          Pick a subject or start with the newest questions.
        </p>
        <a
          href="/learn"
          className={[
            'mt-6 inline-block rounded-lg bg-brand-700 px-5 py-2.5 font-semibold text-white shadow-sm',
            'hover:bg-brand-800 dark:bg-brand-300 dark:text-night dark:hover:bg-brand-200',
          ].join(' ')}
        >
          Browse all subjects
        </a>
      </section>
      <section aria-labelledby="subjects-heading" className="pb-12">
        <h2 id="subjects-heading" className="mb-5 text-2xl font-semibold tracking-tight text-ink dark:text-white">
          Subjects
        </h2>
        <SubjectList subjects={subjects} />
      </section>
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading" className="mb-5 text-2xl font-semibold tracking-tight text-ink dark:text-white">
          Latest questions
        </h2>
        <ul className="grid gap-4 md:grid-cols-2">
          {data.latest(LATEST_COUNT).map((article) => (
            <li key={article.id}>
              <ArticleCard article={article} showSubject headingLevel="h3" />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
