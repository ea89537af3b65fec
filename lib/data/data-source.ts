import type {
  ArticleRecord,
  Card,
  LatestItem,
  MarkdownRecord,
  SitemapChild,
  SitemapEntry,
  Subject,
  SubjectPage,
} from '@/lib/store/types';

/** What routes read. Production reads the compiled store (stored.ts); next dev and tests compile live (live.ts). */
export type DataSource = {
  subjects(): Subject[];
  articleCount(): number;
  subjectPage(slug: string, page: number): SubjectPage | undefined;
  /** Cards of a subject's articles at positions [start, end) of its newest-first list. */
  subjectCards(slug: string, start: number, end: number): Card[];
  latest(count: number): LatestItem[];
  article(url: string): ArticleRecord | undefined;
  card(url: string): Card | undefined;
  markdown(url: string): MarkdownRecord | undefined;
  prerendered(): string[];
  sitemaps(): SitemapChild[];
  sitemap(name: string): SitemapEntry[] | undefined;
};
