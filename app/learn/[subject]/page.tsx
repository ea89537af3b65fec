import { notFound } from 'next/navigation';
import { SubjectIndex } from '@/components/subject-index';
import { getSubjectPage, getSubjects } from '@/lib/content';
import { subjectPageMetadata } from '@/lib/seo';

type Props = { params: Promise<{ subject: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getSubjects().map((subject) => ({ subject: subject.slug }));
}

export async function generateMetadata({ params }: Props) {
  const data = getSubjectPage((await params).subject, 1);
  return data ? subjectPageMetadata(data) : {};
}

export default async function SubjectPage({ params }: Props) {
  const data = getSubjectPage((await params).subject, 1);
  if (!data) notFound();
  return <SubjectIndex data={data} />;
}
