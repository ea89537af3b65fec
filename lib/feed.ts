import type { Article } from '@/lib/content';
import { lastModified } from '@/lib/content/dated';
import { articleDescription, FEED_PATH } from '@/lib/seo';
import { escapeXml } from '@/lib/escape';
import { absoluteUrl, SITE_NAME, SITE_TAGLINE } from '@/lib/site';

export const FEED_SIZE = 50;

const rfc822 = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`).toUTCString();

/** RSS 2.0 of the given articles, newest first; dates come from the content, never the clock. */
export function renderFeed(articles: Article[]): string {
  const items = articles
    .map(
      (a) => `    <item>
      <title>${escapeXml(a.question)}</title>
      <link>${escapeXml(absoluteUrl(a.url))}</link>
      <guid isPermaLink="true">${escapeXml(absoluteUrl(a.url))}</guid>
      <description>${escapeXml(articleDescription(a))}</description>
      <category>${escapeXml(a.subject)}</category>
      <pubDate>${rfc822(a.publishedAt)}</pubDate>
    </item>`,
    )
    .join('\n');
  // The channel changed when its newest item was posted or any item was last updated.
  const newest = articles.map(lastModified).sort().at(-1);
  const lastBuild = newest ? `\n    <lastBuildDate>${rfc822(newest)}</lastBuildDate>` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(SITE_NAME)}</title>
    <link>${escapeXml(absoluteUrl('/'))}</link>
    <description>${escapeXml(SITE_TAGLINE)}</description>
    <language>en</language>
    <atom:link href="${escapeXml(absoluteUrl(FEED_PATH))}" rel="self" type="application/rss+xml"/>${lastBuild}
${items}
  </channel>
</rss>
`;
}
