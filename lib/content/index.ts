// Build time only: the content library and the compile step. Request-time code reads lib/data and lib/store.
import { isDevelopment, isProduction, prerenderLimit } from '@/lib/config';
import { articlePath } from '@/lib/config/paths';
import { configuredSiteUrl } from '@/lib/config/site';
import { storeDir } from '@/lib/store/format';
import { writeStore, type StoreEntry, type WriteOptions, type WriteStats } from '@/lib/store/write';
import { checkOrphans } from './backlinks';
import { compileArticle, compileMarkdown, compileOwn, toCard, type OwnRecord } from './compile';
import { checkDates } from './dated';
import { buildLibrary, type Library } from './library';
import { compileListings, storeOrder } from './listings';
import { ContentError } from './problems';
import { checkRedirects, redirectEntries } from './redirects';
import { checkLibrary } from './rules';
import { locateProblems, readContent, type SourceFile } from './source';
import type { Article, Problem } from './types';

export type { Article, Problem, Source, Subject } from './types';
export { ContentError, formatProblem } from './problems';

const DEV_RECHECK_MS = 500;
const showDrafts = () => !isProduction();

export type Scan = { articles: Article[]; problems: Problem[] };

/**
 * The rules across files and the clock's date rules (never cached) over parsed files, with every problem
 * given its line.
 */
export function checkFiles(files: SourceFile[], dir?: string): Scan {
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

/** Parses and validates every file; reports all problems instead of stopping at the first. */
export const scanContent = (dir?: string): Scan => checkFiles(readContent(dir).files, dir);

/** The library pages are built from: drafts only outside production. */
export const libraryOf = (articles: readonly Article[]): Library =>
  buildLibrary(showDrafts() ? articles : articles.filter((a) => !a.draft));

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
  library = libraryOf(articles);
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

function* storeEntries(lib: Library, own: (article: Article) => OwnRecord): Generator<StoreEntry> {
  for (const article of storeOrder(lib)) {
    const mine = own(article);
    yield {
      record: compileArticle(lib, article, mine),
      card: toCard(article),
      markdown: compileMarkdown(article, mine),
    };
  }
}

export type CompileOptions = WriteOptions & {
  /** The article's rendered answer, when an earlier step (worker threads, the render cache) has it. */
  own?: (article: Article) => OwnRecord;
};

/** The build's compile step: every article's record, card and copy, and the listings, into the store production serves. */
export function compileStore(dir = storeDir(), lib: Library = getLibrary(), options: CompileOptions = {}): WriteStats {
  const { own = compileOwn, ...write } = options;
  return writeStore(
    {
      entries: storeEntries(lib, own),
      subjects: lib.subjects,
      prerendered: getPrerenderedArticles(lib).map((a) => a.url),
      siteUrl: configuredSiteUrl(),
      redirects: redirectEntries(lib.articles),
      ...compileListings(lib),
    },
    dir,
    write,
  );
}
