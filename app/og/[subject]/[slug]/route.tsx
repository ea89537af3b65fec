import { notFound } from 'next/navigation';
import { getArticleTitle } from '@/lib/content';
import { renderOgImage } from '@/lib/og';

type Context = { params: Promise<{ subject: string; slug: string }> };

// Rendered on first request and then cached, so build time does not grow with the article count.
export const dynamic = 'force-static';
export const revalidate = false;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: Context) {
  const { subject, slug } = await params;
  const article = getArticleTitle(subject, slug);
  if (!article) notFound();
  return renderOgImage(article.question, article.subject);
}
