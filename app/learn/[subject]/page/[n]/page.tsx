import { notFound } from 'next/navigation';
import { SubjectIndex } from '@/components/subject-index';
import { getPrerenderedListingParams, getSubjectPage } from '@/lib/data';
import { subjectPageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ subject: string; n: string }> };

// Pages not built ahead render on first request and are cached; proxy.ts 404s unknown ones first.
export const dynamicParams = true;

/** Page 1 lives at /learn/[subject]; numbered pages start at 2. Those built ahead are the store's choice. */
export function generateStaticParams() {
  return getPrerenderedListingParams();
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
