import { notFound } from 'next/navigation';
import { renderOgImage } from '@/components/og-image';
import { getArticleCard } from '@/lib/data';

type Context = { params: Promise<{ subject: string; slug: string }> };

// Rendered on first request and then cached, so build time does not grow with the article count.
export const dynamic = 'force-static';
export const revalidate = false;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: Context) {
  const { subject, slug } = await params;
  const article = await getArticleCard(subject, slug);
  if (!article) notFound();
  return renderOgImage(article.question, article.subject);
}
