import { getData } from '@/lib/data';
import { renderUrlSet } from '@/lib/seo/sitemap';

type Context = { params: Promise<{ name: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getData()).sitemaps().map((child) => ({ name: child.name }));
}

export async function GET(_request: Request, { params }: Context) {
  const entries = (await getData()).sitemap((await params).name);
  if (!entries) return new Response('Not found', { status: 404 });
  return new Response(renderUrlSet(entries), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
