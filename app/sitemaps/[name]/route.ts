import { getLibrary } from '@/lib/content';
import { renderUrlSet, sitemapChildren } from '@/lib/sitemap';

type Context = { params: Promise<{ name: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return sitemapChildren(getLibrary()).map((child) => ({ name: child.name }));
}

export async function GET(_request: Request, { params }: Context) {
  const { name } = await params;
  const child = sitemapChildren(getLibrary()).find((c) => c.name === name);
  if (!child) return new Response('Not found', { status: 404 });
  return new Response(renderUrlSet(child.entries), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
