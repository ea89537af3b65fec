import { notFound } from 'next/navigation';
import { SubjectIndex } from '@/components/subject-index';
import { getSubjectPage, getSubjects } from '@/lib/data';
import { subjectPageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ subject: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getSubjects()).map((subject) => ({ subject: subject.slug }));
}

export async function generateMetadata({ params }: Props) {
  const data = await getSubjectPage((await params).subject, 1);
  return data ? subjectPageMetadata(data) : {};
}

export default async function SubjectPage({ params }: Props) {
  const data = await getSubjectPage((await params).subject, 1);
  if (!data) notFound();
  return <SubjectIndex data={data} />;
}
