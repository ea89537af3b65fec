import { articlePath, parseArticlePath, parseListingPath } from '@/lib/config/paths';
import { LLMS_PAGE_SIZE } from '@/lib/config/site';
import { pageCount, pageRange } from '@/lib/text/pagination';
import type { PracticeSet } from '@/lib/store/types';
import type { DataSource } from './data-source';

export type { DataSource } from './data-source';

let stored: Promise<DataSource> | undefined;

/**
 * The routes' one way to data. Production (next build and every request after it) reads the compiled store;
 * next dev and tests compile from Markdown, read again when a file changes. NODE_ENV is read raw, not through
 * lib/config, because Next inlines it: the other branch, and the whole build pipeline behind it, is then left
 * out of production bundles.
 */
export function getData(): Promise<DataSource> {
  if (process.env.NODE_ENV === 'production') return (stored ??= import('./stored').then((m) => m.stored));
  return import('./live').then((m) => m.liveSource());
}

export const getSubjects = async () => (await getData()).subjects();

export const getSubjectPage = async (slug: string, page: number) => (await getData()).subjectPage(slug, page);

export const getArticleRecord = async (subject: string, slug: string) =>
  (await getData()).article(articlePath(subject, slug));

export const getArticleCard = async (subject: string, slug: string) =>
  (await getData()).card(articlePath(subject, slug));

/** What the review page reads of an article: its address, question and practice items. */
export async function getPracticeSet(subject: string, slug: string): Promise<PracticeSet | undefined> {
  const record = await getArticleRecord(subject, slug);
  return record && { url: record.url, question: record.question, practice: record.practice };
}

export const getArticleMarkdown = async (subject: string, slug: string) =>
  (await getData()).markdown(articlePath(subject, slug));

/** generateStaticParams of the article route: the articles built ahead of time, in store order. */
export const getPrerenderedParams = async () =>
  (await getData()).prerendered().flatMap((url) => parseArticlePath(url) ?? []);

/** The numbered listing pages built ahead, as route params; the rest render on request. */
export const getPrerenderedListingParams = async () =>
  (await getData()).prerendered().flatMap((url) => parseListingPath(url) ?? []);

/** A subject's llms index files: `<subject>.md`, then `<subject>.2.md` and on past LLMS_PAGE_SIZE questions. */
export async function getLlmsIndexPages() {
  return (await getSubjects()).flatMap((subject) =>
    Array.from({ length: pageCount(subject.count, LLMS_PAGE_SIZE) }, (_, i) => ({ subject, page: i + 1 })),
  );
}

export async function getLlmsIndexItems(slug: string, page: number, count: number) {
  const range = pageRange(count, LLMS_PAGE_SIZE, page);
  return range ? (await getData()).subjectCards(slug, range.start, range.end) : [];
}
