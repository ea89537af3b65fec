import type { MetadataRoute } from 'next';
import { SEARCH_INDEX_PATH } from '@/lib/search/format';
import { absoluteUrl } from '@/lib/config/site';

export default function robots(): MetadataRoute.Robots {
  return {
    // The search index is thousands of JSON files for the browser, not pages; /md/ is the internal target of
    // the public `<article>.md` addresses (proxy.ts).
    rules: [{ userAgent: '*', allow: '/', disallow: [`${SEARCH_INDEX_PATH}/`, '/md/'] }],
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
