import type { Library } from '@/lib/content/library';
import { lastModified } from '@/lib/content/dated';
import { escapeXml } from '@/lib/escape';
import { subjectPath } from '@/lib/paths';
import { absoluteUrl, PAGE_SIZE } from '@/lib/site';

export type SitemapEntry = { url: string; lastmod: string };

export const SITEMAP_LIMITS = { maxUrls: 50_000, maxBytes: 50 * 1024 * 1024 };
const HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n';
const FOOTER = '</urlset>\n';

const newest = (dates: string[]) => dates.reduce((a, b) => (b > a ? b : a), '');

/** Every public page with the date of the newest content it shows (never the build time). */
export function listSitemapEntries(library: Library): SitemapEntry[] {
  const overall = newest(library.articles.map(lastModified));
  const entries: SitemapEntry[] = [
    { url: absoluteUrl('/'), lastmod: overall },
    { url: absoluteUrl('/learn'), lastmod: overall },
  ];
  for (const subject of library.subjects) {
    const list = library.bySubject.get(subject.slug) ?? [];
    for (let page = 1; (page - 1) * PAGE_SIZE < list.length; page++) {
      const slice = list.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
      entries.push({ url: absoluteUrl(subjectPath(subject.slug, page)), lastmod: newest(slice.map(lastModified)) });
    }
  }
  for (const article of library.articles)
    entries.push({ url: absoluteUrl(article.url), lastmod: lastModified(article) });
  return entries;
}

/** `lastmod` is left out when nothing dates the page (a site with no articles yet). */
const lastmodTag = (lastmod: string) => (lastmod ? `<lastmod>${lastmod}</lastmod>` : '');

export const renderUrl = (entry: SitemapEntry) =>
  `<url><loc>${escapeXml(entry.url)}</loc>${lastmodTag(entry.lastmod)}</url>\n`;

/** Splits entries so that no rendered child sitemap exceeds the URL count or the byte size. */
export function chunkSitemap(entries: SitemapEntry[], limits = SITEMAP_LIMITS): SitemapEntry[][] {
  const chunks: SitemapEntry[][] = [];
  let current: SitemapEntry[] = [];
  let bytes = HEADER.length + FOOTER.length;
  for (const entry of entries) {
    const size = Buffer.byteLength(renderUrl(entry));
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
  return HEADER + entries.map(renderUrl).join('') + FOOTER;
}

export function renderSitemapIndex(children: { url: string; lastmod: string }[]): string {
  const items = children
    .map((c) => `<sitemap><loc>${escapeXml(c.url)}</loc>${lastmodTag(c.lastmod)}</sitemap>\n`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items}</sitemapindex>\n`;
}

type SitemapChild = { name: string; url: string; lastmod: string; entries: SitemapEntry[] };
const childrenByLibrary = new WeakMap<Library, SitemapChild[]>();

/** The child sitemaps, listed once per library: the index and every child route share them. */
export function sitemapChildren(library: Library): SitemapChild[] {
  const cached = childrenByLibrary.get(library);
  if (cached) return cached;
  const chunks = chunkSitemap(listSitemapEntries(library));
  const children = chunks.map((entries, index) => ({
    name: `${index}.xml`,
    url: absoluteUrl(`/sitemaps/${index}.xml`),
    lastmod: newest(entries.map((e) => e.lastmod)),
    entries,
  }));
  childrenByLibrary.set(library, children);
  return children;
}
