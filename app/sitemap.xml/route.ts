import { getLibrary } from '@/lib/content';
import { renderSitemapIndex, sitemapChildren } from '@/lib/sitemap';

export const dynamic = 'force-static';

export function GET() {
  return new Response(renderSitemapIndex(sitemapChildren(getLibrary())), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
}
