import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ArticleView } from '@/components/article-view';
import { JsonLd } from '@/components/json-ld';
import { getArticleRecord, getPrerenderedParams } from '@/lib/data';
import { articleCrumbs } from '@/lib/seo/breadcrumbs';
import { articleMetadata } from '@/lib/seo/metadata';
import { articleJsonLd, breadcrumbJsonLd } from '@/lib/seo/structured-data';

type Props = { params: Promise<{ subject: string; slug: string }> };

// Articles beyond PRERENDER_LIMIT render on first request and are cached; proxy.ts 404s unknown slugs first.
export const dynamicParams = true;

// Metadata and page share one read of the article's shard per request.
const load = cache(getArticleRecord);

export function generateStaticParams() {
  return getPrerenderedParams();
}

export async function generateMetadata({ params }: Props) {
  const { subject, slug } = await params;
  const article = await load(subject, slug);
  return article ? articleMetadata(article) : {};
}

export default async function ArticlePage({ params }: Props) {
  const { subject, slug } = await params;
  const article = await load(subject, slug);
  if (!article) notFound();
  return (
    <>
      <JsonLd data={[articleJsonLd(article), breadcrumbJsonLd(articleCrumbs(article))]} />
      <ArticleView article={article} />
    </>
  );
}
