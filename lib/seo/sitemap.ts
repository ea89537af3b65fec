import { absoluteUrl, getSiteUrl } from '@/lib/config/site';
import type { SitemapChild, SitemapEntry } from '@/lib/store/types';
import { escapeXml } from '@/lib/text/escape';

export const SITEMAP_LIMITS = { maxUrls: 50_000, maxBytes: 50 * 1024 * 1024 };
const HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n';
const FOOTER = '</urlset>\n';

export const sitemapChildPath = (name: string) => `/sitemaps/${name}`;

// An empty date would make the sitemap invalid: <lastmod> is optional, so it is left out.
const lastmod = (date: string) => (date ? `<lastmod>${date}</lastmod>` : '');

const urlElement = (entry: SitemapEntry, base: string) =>
  `<url><loc>${escapeXml(absoluteUrl(entry.path, base))}</loc>${lastmod(entry.lastmod)}</url>\n`;

export const renderUrl = (entry: SitemapEntry) => urlElement(entry, getSiteUrl());

/** Splits entries so that no rendered child sitemap exceeds the URL count or the byte size. */
export function chunkSitemap(entries: SitemapEntry[], limits = SITEMAP_LIMITS): SitemapEntry[][] {
  const chunks: SitemapEntry[][] = [];
  let current: SitemapEntry[] = [];
  let bytes = HEADER.length + FOOTER.length;
  const base = getSiteUrl();
  for (const entry of entries) {
    const size = Buffer.byteLength(urlElement(entry, base));
    if (current.length > 0 && (current.length >= limits.maxUrls || bytes + size > limits.maxBytes)) {
      chunks.push(current);
      current = [];
      bytes = HEADER.length + FOOTER.length;
    }
    current.push(entry);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

export function renderUrlSet(entries: SitemapEntry[]): string {
  const base = getSiteUrl();
  return HEADER + entries.map((entry) => urlElement(entry, base)).join('') + FOOTER;
}

export function renderSitemapIndex(children: SitemapChild[]): string {
  const items = children
    .map(
      (c) => `<sitemap><loc>${escapeXml(absoluteUrl(sitemapChildPath(c.name)))}</loc>${lastmod(c.lastmod)}</sitemap>\n`,
    )
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex ` +
    `xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items}</sitemapindex>\n`
  );
}
