import { notFound } from 'next/navigation';
import { SubjectIndex } from '@/components/subject-index';
import { PAGE_SIZE } from '@/lib/config/site';
import { getSubjectPage, getSubjects } from '@/lib/data';
import { subjectPageMetadata } from '@/lib/seo/metadata';
import { pageCount } from '@/lib/text/pagination';

type Props = { params: Promise<{ subject: string; n: string }> };

export const dynamicParams = false;

/** Page 1 lives at /learn/[subject]; numbered pages start at 2. */
export async function generateStaticParams() {
  return (await getSubjects()).flatMap((subject) =>
    Array.from({ length: pageCount(subject.count, PAGE_SIZE) - 1 }, (_, i) => ({
      subject: subject.slug,
      n: String(i + 2),
    })),
  );
}

async function load(params: Props['params']) {
  const { subject, n } = await params;
  const page = /^[1-9]\d{0,5}$/.test(n) ? Number(n) : NaN;
  return page > 1 ? getSubjectPage(subject, page) : undefined;
}

export async function generateMetadata({ params }: Props) {
  const data = await load(params);
  return data ? subjectPageMetadata(data) : {};
}

export default async function SubjectNumberedPage({ params }: Props) {
  const data = await load(params);
  if (!data) notFound();
  return <SubjectIndex data={data} />;
}
