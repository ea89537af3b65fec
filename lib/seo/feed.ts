import { absoluteUrl, SITE_NAME, SITE_TAGLINE } from '@/lib/config/site';
import type { LatestItem } from '@/lib/store/types';
import { escapeXml } from '@/lib/text/escape';
import { FEED_PATH } from './metadata';
import { newestDate } from '@/lib/text/dates';

const rfc822 = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`).toUTCString();

/** RSS 2.0 of the given articles, newest first; dates come from the content, never the clock. */
export function renderFeed(items: LatestItem[]): string {
  const entries = items
    .map(
      (a) => `    <item>
      <title>${escapeXml(a.question)}</title>
      <link>${escapeXml(absoluteUrl(a.url))}</link>
      <guid isPermaLink="true">${escapeXml(absoluteUrl(a.url))}</guid>
      <description>${escapeXml(a.description)}</description>
      <category>${escapeXml(a.subject)}</category>
      <pubDate>${rfc822(a.publishedAt)}</pubDate>
    </item>`,
    )
    .join('\n');
  // The channel changed when its newest item was posted or any item was last updated.
  const newest = newestDate(items.map((a) => a.lastModified));
  const lastBuild = newest ? `\n    <lastBuildDate>${rfc822(newest)}</lastBuildDate>` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(SITE_NAME)}</title>
    <link>${escapeXml(absoluteUrl('/'))}</link>
    <description>${escapeXml(SITE_TAGLINE)}</description>
    <language>en</language>
    <atom:link href="${escapeXml(absoluteUrl(FEED_PATH))}" rel="self" type="application/rss+xml"/>${lastBuild}
${entries}
  </channel>
</rss>
`;
}
