import { articlePath } from '@/lib/paths';
import { PAGE_SIZE, RELATED_COUNT } from '@/lib/site';
import { buildLibrary, type Library } from './library';
import { ContentError } from './problems';
import { getRelated } from './related';
import { checkLibrary } from './rules';
import { locateProblems, readContent } from './source';
import type { Article, Problem, Subject } from './types';

export type { Article, Problem, Subject } from './types';
export { ContentError, formatProblem } from './problems';

const DEV_RECHECK_MS = 500;
const showDrafts = () => process.env.NODE_ENV !== 'production';

/** Parses and validates every file; reports all problems instead of stopping at the first. */
export function scanContent(dir?: string): { articles: Article[]; problems: Problem[] } {
  const { files } = readContent(dir);
  const articles = files.flatMap(({ result }) => (result.article ? [result.article] : []));
  const problems = [...files.flatMap(({ result }) => result.problems), ...checkLibrary(articles)];
  return { articles, problems: locateProblems(problems, dir) };
}

let library: Library | undefined;
let checkedAt = 0;

/** The memoized library; in development it is rebuilt when a file changes. Throws on any content error. */
export function getLibrary(): Library {
  const dev = process.env.NODE_ENV === 'development';
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

export const DEFAULT_PRERENDER_LIMIT = 20_000;

/** The articles built ahead of time: all of them up to PRERENDER_LIMIT, else the top by score, then newest. */
export function getPrerenderedArticles(): Article[] {
  const raw = Number(process.env.PRERENDER_LIMIT);
  const limit = Number.isInteger(raw) && raw >= 0 && process.env.PRERENDER_LIMIT?.trim() ? raw : DEFAULT_PRERENDER_LIMIT;
  const articles = getLibrary().articles;
  if (articles.length <= limit) return articles;
  return [...articles].sort((a, b) => b.score - a.score || (a.publishedAt < b.publishedAt ? 1 : -1) || a.id - b.id).slice(0, limit);
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

export function getRelatedArticles(article: Article): Article[] {
  return getRelated(getLibrary(), article, RELATED_COUNT);
}

/** The subject's newest articles other than this one and those excluded; stops after `count`. */
export function getMoreInSubject(article: Article, exclude: Article[], count = 5): Article[] {
  const skip = new Set([article.id, ...exclude.map((a) => a.id)]);
  const more: Article[] = [];
  for (const candidate of getLibrary().bySubject.get(article.subjectSlug) ?? []) {
    if (more.length >= count) break;
    if (!skip.has(candidate.id)) more.push(candidate);
  }
  return more;
}
