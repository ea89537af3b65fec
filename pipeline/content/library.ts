import type { Article, Subject } from './types';

/** Every lookup the pages need, built once from the parsed articles. */
export type Library = {
  articles: Article[];
  byUrl: Map<string, Article>;
  byId: Map<number, Article>;
  bySubject: Map<string, Article[]>;
  subjects: Subject[];
};

type Lookups = Pick<Library, 'byId' | 'byUrl'>;

/** The one rule for a related reference: its target by id, else by url; undefined when neither exists. */
export const resolveRef = ({ byId, byUrl }: Lookups, ref: Article['relatedRefs'][number]): Article | undefined =>
  byId.get(ref.id) ?? byUrl.get(ref.url);

// localeCompare(b, 'en')'s order, three times as fast in a sort's million comparisons (measured on 200,000 pairs).
const english = new Intl.Collator('en').compare;

export const compareNewestFirst = (a: Article, b: Article) =>
  a.publishedAt === b.publishedAt
    ? english(a.question, b.question) || a.id - b.id
    : a.publishedAt < b.publishedAt
      ? 1
      : -1;

export function buildLibrary(input: readonly Article[]): Library {
  const articles = [...input].sort(compareNewestFirst);
  const byUrl = new Map<string, Article>();
  const byId = new Map<number, Article>();
  const bySubject = new Map<string, Article[]>();
  for (const article of articles) {
    byUrl.set(article.url, article);
    byId.set(article.id, article);
    const list = bySubject.get(article.subjectSlug);
    if (list) list.push(article);
    else bySubject.set(article.subjectSlug, [article]);
  }
  const subjects = [...bySubject.entries()]
    .map(([slug, list]) => ({ slug, name: list[0]?.subject ?? slug, count: list.length }))
    .sort((a, b) => english(a.name, b.name));
  return { articles, byUrl, byId, bySubject, subjects };
}

/** The library pages are built from; drafts only where asked (next dev, never a production build). */
export const libraryOf = (articles: readonly Article[], { drafts }: { drafts: boolean }): Library =>
  buildLibrary(drafts ? articles : articles.filter((a) => !a.draft));
