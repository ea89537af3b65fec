import { Breadcrumbs } from '@/components/breadcrumbs';
import { SubjectList } from '@/components/subject-list';
import { learnCrumbs } from '@/lib/breadcrumbs';
import { getAllArticles, getSubjects } from '@/lib/content';
import { pageMetadata } from '@/lib/seo';
import { SITE_NAME } from '@/lib/site';

export function generateMetadata() {
  const subjects = getSubjects();
  return pageMetadata({
    title: `All subjects | ${SITE_NAME}`,
    description: `Browse ${getAllArticles().length} answered questions in ${subjects.length} subjects: ${subjects.map((s) => s.name).join(', ')}.`,
    path: '/learn',
  });
}

export default function LearnPage() {
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
      <Breadcrumbs items={learnCrumbs()} />
      <h1 className="mt-6 mb-2 text-3xl font-bold tracking-tight text-ink sm:text-4xl dark:text-white">All subjects</h1>
      <p className="mb-8 text-lg text-slate-600 dark:text-slate-400">
        Choose a subject to see every question answered in it.
      </p>
      <SubjectList subjects={getSubjects()} />
    </div>
  );
}
