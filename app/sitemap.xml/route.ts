import { getData } from '@/lib/data';
import { renderSitemapIndex } from '@/lib/seo/sitemap';

export const dynamic = 'force-static';

export async function GET() {
  return new Response(renderSitemapIndex((await getData()).sitemaps()), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
}
