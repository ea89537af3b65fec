import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/article-view';
import { JsonLd } from '@/components/json-ld';
import { articleCrumbs } from '@/lib/breadcrumbs';
import { getArticle, getMoreInSubject, getPrerenderedArticles, getRelatedArticles } from '@/lib/content';
import { articleMetadata } from '@/lib/seo';
import { articleJsonLd, breadcrumbJsonLd } from '@/lib/structured-data';

type Props = { params: Promise<{ subject: string; slug: string }> };

// Articles beyond PRERENDER_LIMIT render on first request and are cached; proxy.ts 404s unknown slugs first.
export const dynamicParams = true;

export function generateStaticParams() {
  return getPrerenderedArticles().map((article) => ({ subject: article.subjectSlug, slug: article.slug }));
}

export async function generateMetadata({ params }: Props) {
  const { subject, slug } = await params;
  const article = getArticle(subject, slug);
  return article ? articleMetadata(article) : {};
}

export default async function ArticlePage({ params }: Props) {
  const { subject, slug } = await params;
  const article = getArticle(subject, slug);
  if (!article) notFound();
  const related = getRelatedArticles(article);
  return (
    <>
      <JsonLd data={[articleJsonLd(article), breadcrumbJsonLd(articleCrumbs(article))]} />
      <ArticleView article={article} related={related} more={getMoreInSubject(article, related)} />
    </>
  );
}
