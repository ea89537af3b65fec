import { Breadcrumbs } from '@/components/breadcrumbs';
import { SubjectList } from '@/components/subject-list';
import { SITE_NAME } from '@/lib/config/site';
import { getData } from '@/lib/data';
import { learnCrumbs } from '@/lib/seo/breadcrumbs';
import { pageMetadata } from '@/lib/seo/metadata';

export async function generateMetadata() {
  const data = await getData();
  const subjects = data.subjects();
  return pageMetadata({
    title: `All subjects | ${SITE_NAME}`,
    description:
      `Browse ${data.articleCount()} answered questions in ${subjects.length} subjects: ` +
      `${subjects.map((s) => s.name).join(', ')}.`,
    path: '/learn',
  });
}

export default async function LearnPage() {
  const subjects = (await getData()).subjects();
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
      <Breadcrumbs items={learnCrumbs()} />
      <h1 className="mt-6 mb-2 text-3xl font-bold tracking-tight text-ink sm:text-4xl dark:text-white">All subjects</h1>
      <p className="mb-8 text-lg text-slate-600 dark:text-slate-400">
        Choose a subject to see every question answered in it.
      </p>
      <SubjectList subjects={subjects} />
    </div>
  );
}
