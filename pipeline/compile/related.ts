import { QUESTION_WORDS, STOPWORDS } from '@/lib/text/stopwords';
import { resolveRef, type Library } from '../content/library';
import type { Article } from '../content/types';

/** Tokens shared by more articles than this say nothing about similarity; skipping them bounds the work per page. */
const MAX_POSTINGS = 1000;

type RelatedIndex = { tokens: Map<Article, string[]>; postings: Map<string, Article[]> };
const indexes = new WeakMap<Library, RelatedIndex>();

export function tokenize(article: Article): string[] {
  const words = `${article.question} ${article.seo.keywords.join(' ')}`.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return [...new Set(words.filter((w) => w.length > 2 && !STOPWORDS.has(w) && !QUESTION_WORDS.has(w)))];
}

function getIndex(library: Library): RelatedIndex {
  let index = indexes.get(library);
  if (index) return index;
  index = { tokens: new Map(), postings: new Map() };
  for (const article of library.articles) {
    const tokens = tokenize(article);
    index.tokens.set(article, tokens);
    for (const token of tokens) {
      const list = index.postings.get(token);
      if (list) list.push(article);
      else index.postings.set(token, [article]);
    }
  }
  indexes.set(library, index);
  return index;
}

/** Scores articles sharing rare words with `article`, weighting each word by its rarity (idf). */
function rankSimilar(library: Library, article: Article): Article[] {
  const index = getIndex(library);
  const total = library.articles.length;
  const scores = new Map<Article, number>();
  for (const token of index.tokens.get(article) ?? tokenize(article)) {
    const list = index.postings.get(token);
    if (!list || list.length > MAX_POSTINGS) continue;
    const weight = Math.log(1 + total / list.length);
    for (const other of list) scores.set(other, (scores.get(other) ?? 0) + weight);
  }
  const same = (a: Article) => (a.subjectSlug === article.subjectSlug ? 1 : 0);
  return [...scores.keys()].sort(
    (a, b) => same(b) - same(a) || (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || a.id - b.id,
  );
}

/**
 * Up to `count` related articles: the front matter's references that exist (by id, then url),
 * then the subject's most similar and newest articles, then similar ones elsewhere. Never itself, never twice.
 */
export function getRelated(library: Library, article: Article, count: number): Article[] {
  const picked = new Map<number, Article>([[article.id, article]]);
  const fill = (candidates: Iterable<Article | undefined>) => {
    for (const candidate of candidates) {
      if (picked.size > count) return;
      if (candidate && !picked.has(candidate.id)) picked.set(candidate.id, candidate);
    }
  };
  fill(article.relatedRefs.map((ref) => resolveRef(library, ref)));
  const ranked = picked.size > count ? [] : rankSimilar(library, article);
  fill(ranked.filter((candidate) => candidate.subjectSlug === article.subjectSlug));
  fill(library.bySubject.get(article.subjectSlug) ?? []);
  fill(ranked);
  fill(library.articles);
  picked.delete(article.id);
  return [...picked.values()];
}

/** The subject's newest articles other than this one and those excluded; stops after `count`. */
export function moreInSubject(library: Library, article: Article, exclude: Article[], count = 5): Article[] {
  const skip = new Set([article.id, ...exclude.map((a) => a.id)]);
  const more: Article[] = [];
  for (const candidate of library.bySubject.get(article.subjectSlug) ?? []) {
    if (more.length >= count) break;
    if (!skip.has(candidate.id)) more.push(candidate);
  }
  return more;
}
