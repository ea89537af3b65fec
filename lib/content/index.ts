// Build time only: the content library and the compile step. Request-time code reads lib/data and lib/store.
import { isDevelopment, isProduction, prerenderLimit } from '@/lib/config';
import { articlePath } from '@/lib/config/paths';
import { configuredSiteUrl } from '@/lib/config/site';
import { storeDir } from '@/lib/store/format';
import { writeStore, type StoreEntry, type WriteOptions, type WriteStats } from '@/lib/store/write';
import { checkOrphans } from './backlinks';
import { compileArticle, compileMarkdown, toCard } from './compile';
import { checkDates } from './dated';
import { buildLibrary, type Library } from './library';
import { compileListings, storeOrder } from './listings';
import { ContentError } from './problems';
import { checkRedirects, redirectEntries } from './redirects';
import { checkLibrary } from './rules';
import { locateProblems, readContent } from './source';
import type { Article, Problem } from './types';

export type { Article, Problem, Source, Subject } from './types';
export { ContentError, formatProblem } from './problems';

const DEV_RECHECK_MS = 500;
const showDrafts = () => !isProduction();

/** Parses and validates every file; reports all problems instead of stopping at the first. */
export function scanContent(dir?: string): { articles: Article[]; problems: Problem[] } {
  const { files } = readContent(dir);
  const articles = files.flatMap(({ result }) => (result.article ? [result.article] : []));
  const problems = [
    ...files.flatMap(({ result }) => result.problems),
    ...checkLibrary(articles),
    ...checkRedirects(articles),
    ...checkDates(articles),
    ...checkOrphans(articles),
  ];
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

export const getAllArticles = (): Article[] => getLibrary().articles;
export const getSubjects = () => getLibrary().subjects;
export const getArticle = (subjectSlug: string, slug: string) => getLibrary().byUrl.get(articlePath(subjectSlug, slug));

/** Highest score first, then newest, then lowest id: a total order, so the prerendered set is stable. */
export const comparePrerenderOrder = (a: Article, b: Article) =>
  b.score - a.score || (a.publishedAt === b.publishedAt ? a.id - b.id : a.publishedAt < b.publishedAt ? 1 : -1);

/** The articles built ahead of time: all of them up to PRERENDER_LIMIT, else the top by score, then newest. */
export function getPrerenderedArticles(lib: Library = getLibrary()): Article[] {
  const limit = prerenderLimit();
  if (lib.articles.length <= limit) return lib.articles;
  return [...lib.articles].sort(comparePrerenderOrder).slice(0, limit);
}

function* storeEntries(lib: Library): Generator<StoreEntry> {
  for (const article of storeOrder(lib))
    yield { record: compileArticle(lib, article), card: toCard(article), markdown: compileMarkdown(article) };
}

/** The build's compile step: every article's record, card and copy, and the listings, into the store production serves. */
export function compileStore(dir = storeDir(), lib: Library = getLibrary(), options: WriteOptions = {}): WriteStats {
  return writeStore(
    {
      entries: storeEntries(lib),
      subjects: lib.subjects,
      prerendered: getPrerenderedArticles(lib).map((a) => a.url),
      siteUrl: configuredSiteUrl(),
      redirects: redirectEntries(lib.articles),
      ...compileListings(lib),
    },
    dir,
    options,
  );
}
