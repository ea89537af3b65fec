import { DEFAULT_PRERENDER_LIMIT, isDevelopment, isProduction, prerenderLimit } from '@/lib/config';
import { articlePath } from '@/lib/paths';
import { PAGE_SIZE } from '@/lib/site';
import { checkOrphans } from './backlinks';
import { checkDates } from './dated';
import { buildLibrary, type Library } from './library';
import { ContentError } from './problems';
import { compileArticle, compileMarkdown, type ArticleRecord, type MarkdownRecord, type TitleRecord } from './record';
import { checkLibrary } from './rules';
import { locateProblems, readContent } from './source';
import { storeDir, type StoreManifest } from './store/format';
import { store } from './store/read';
import { storeHas } from './store/urls';
import { writeStore } from './store/write';
import type { Article, Problem, Subject } from './types';

export type { Article, Problem, Source, Subject } from './types';
export type { ArticleRecord, Card, ListLink, MarkdownRecord, TitleRecord } from './record';
export { ContentError, formatProblem } from './problems';
export { lastModified } from './dated';

const DEV_RECHECK_MS = 500;
const showDrafts = () => !isProduction();
/** Production (next build and next start, Vercel) serves articles from the compiled store; next dev reads Markdown live. */
const fromStore = isProduction;

/** Parses and validates every file; reports all problems instead of stopping at the first. */
export function scanContent(dir?: string): { articles: Article[]; problems: Problem[] } {
  const { files } = readContent(dir);
  const articles = files.flatMap(({ result }) => (result.article ? [result.article] : []));
  const problems = [...files.flatMap(({ result }) => result.problems), ...checkLibrary(articles), ...checkDates(articles), ...checkOrphans(articles)];
  return { articles, problems: locateProblems(problems, dir) };
}

let library: Library | undefined;
let checkedAt = 0;

/** The memoized library; in development it is rebuilt when a file changes. Throws on any content error. */
export function getLibrary(): Library {
  const dev = isDevelopment();
  if (library && (!dev || Date.now() - checkedAt < DEV_RECHECK_MS)) return library;
  checkedAt = Date.now();
  if (library && !readContent().changed) return library;
  const { articles, problems } = scanContent();
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new ContentError(errors);
  library = buildLibrary(showDrafts() ? articles : articles.filter((a) => !a.draft));
  return library;
}

export function getSubjects(): Subject[] {
  return getLibrary().subjects;
}

/** The subjects in every page's footer: safe at request time, since production reads the store's manifest. */
export function getFooterSubjects(): Subject[] {
  return fromStore() ? store().manifest.subjects : getLibrary().subjects;
}

export function getSubject(slug: string): Subject | undefined {
  return getLibrary().subjects.find((s) => s.slug === slug);
}

export function getArticle(subjectSlug: string, slug: string): Article | undefined {
  return getLibrary().byUrl.get(articlePath(subjectSlug, slug));
}

export function getLatestArticles(count: number): Article[] {
  return getLibrary().articles.slice(0, count);
}

export function getAllArticles(): Article[] {
  return getLibrary().articles;
}

export { DEFAULT_PRERENDER_LIMIT };

/** Highest score first, then newest, then lowest id: a total order, so the prerendered set is stable. */
export const comparePrerenderOrder = (a: Article, b: Article) =>
  b.score - a.score || (a.publishedAt === b.publishedAt ? a.id - b.id : a.publishedAt < b.publishedAt ? 1 : -1);

/** The articles built ahead of time: all of them up to PRERENDER_LIMIT, else the top by score, then newest. */
export function getPrerenderedArticles(): Article[] {
  const limit = prerenderLimit();
  const articles = getLibrary().articles;
  if (articles.length <= limit) return articles;
  return [...articles].sort(comparePrerenderOrder).slice(0, limit);
}

export type SubjectPage = { subject: Subject; articles: Article[]; page: number; pageCount: number };

/** One page of a subject's questions, newest first; undefined for an unknown subject or page. */
export function getSubjectPage(slug: string, page: number): SubjectPage | undefined {
  const subject = getSubject(slug);
  const list = getLibrary().bySubject.get(slug);
  if (!subject || !list || !Number.isInteger(page) || page < 1) return undefined;
  const pageCount = Math.max(1, Math.ceil(list.length / PAGE_SIZE));
  if (page > pageCount) return undefined;
  return { subject, articles: list.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), page, pageCount };
}

/** The compiled record an article page renders: from the store in production, compiled live otherwise. */
export function getArticleRecord(subjectSlug: string, slug: string): ArticleRecord | undefined {
  const url = articlePath(subjectSlug, slug);
  if (fromStore()) return store().read(url);
  const library = getLibrary();
  const article = library.byUrl.get(url);
  return article && compileArticle(library, article);
}

/** What an Open Graph image shows: from the store's small title shards in production. */
export function getArticleTitle(subjectSlug: string, slug: string): TitleRecord | undefined {
  const url = articlePath(subjectSlug, slug);
  if (fromStore()) return store().title(url);
  const article = getLibrary().byUrl.get(url);
  return article && { url: article.url, question: article.question, subject: article.subject };
}

/** The Markdown copy's record: from the store's own Markdown shards in production, compiled live otherwise. */
export function getArticleMarkdown(subjectSlug: string, slug: string): MarkdownRecord | undefined {
  const url = articlePath(subjectSlug, slug);
  if (fromStore()) return store().markdown(url);
  const article = getLibrary().byUrl.get(url);
  return article && compileMarkdown(article);
}

/** The unknown-slug check: in production only the store's URL index, loaded once per process. */
export function articleExists(subjectSlug: string, slug: string): boolean {
  return fromStore() ? storeHas(articlePath(subjectSlug, slug)) : getArticle(subjectSlug, slug) !== undefined;
}

/** generateStaticParams of the article route: the store's prerender list when building for production. */
export function getPrerenderedParams(): { subject: string; slug: string }[] {
  if (fromStore()) return store().prerendered().map(([subject, slug]) => ({ subject, slug }));
  return getPrerenderedArticles().map((a) => ({ subject: a.subjectSlug, slug: a.slug }));
}

/** The build's compile step: every article's record into the store that production serves from. */
export function compileStore(dir = storeDir()): StoreManifest {
  return writeStore(getLibrary(), getPrerenderedArticles(), dir);
}
