import { getPracticeSet } from '@/lib/data';

type Context = { params: Promise<{ subject: string; slug: string }> };

// Rendered on first request and then cached, like the Open Graph images: built ahead, each was one more entry of the
// prerender manifest every cold server parses. proxy.ts 404s unknown slugs first.
export const dynamic = 'force-static';
export const revalidate = false;

export function generateStaticParams() {
  return [];
}

/**
 * An article's practice items as JSON, for the review page: /practice/<subject>/<slug>. It reads one shard of the
 * compiled store, like the article page, never content/.
 */
export async function GET(_request: Request, { params }: Context) {
  const { subject, slug } = await params;
  const set = await getPracticeSet(subject, slug);
  if (!set)
    return Response.json({ error: 'no such article' }, { status: 404, headers: { 'Cache-Control': 'no-store' } });
  return Response.json(set, { headers: { 'Cache-Control': 'public, max-age=3600, s-maxage=86400' } });
}
