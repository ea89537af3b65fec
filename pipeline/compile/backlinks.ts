import { RELATED_COUNT } from '@/lib/config/site';
import { resolveRef, type Library } from '../content/library';
import type { Article, Problem } from '../content/types';

export const BACKLINK_COUNT = 5;
/** Kept per article: enough to show BACKLINK_COUNT after dropping those already among the page's related cards. */
const KEPT = BACKLINK_COUNT + RELATED_COUNT;

const maps = new WeakMap<Library, Map<number, Article[]>>();

/**
 * Who links to whom, built once per library in one pass over every reference. Linkers are listed in the
 * library's order (newest first, then question, then id), a total order, so the lists are deterministic.
 */
function getBacklinkMap(library: Library): Map<number, Article[]> {
  let map = maps.get(library);
  if (map) return map;
  map = new Map();
  for (const linker of library.articles) {
    const seen = new Set<number>();
    for (const ref of linker.relatedRefs) {
      const target = resolveRef(library, ref);
      if (!target || target.id === linker.id || seen.has(target.id)) continue;
      seen.add(target.id);
      const list = map.get(target.id);
      if (!list) map.set(target.id, [linker]);
      else if (list.length < KEPT) list.push(linker);
    }
  }
  maps.set(library, map);
  return map;
}

/** "Questions that link here": articles whose related references point at this one, minus those shown as related cards. */
export function getBacklinks(
  library: Library,
  article: Article,
  shown: readonly Article[] = [],
  count = BACKLINK_COUNT,
): Article[] {
  const skip = new Set(shown.map((a) => a.id));
  return (getBacklinkMap(library).get(article.id) ?? []).filter((a) => !skip.has(a.id)).slice(0, count);
}

/**
 * Articles nothing links to and that link nowhere: a reader can reach them only through lists and search.
 * A library of one article has nothing to link to, so it has no orphans; a draft is never one.
 */
export function checkOrphans(articles: readonly Article[]): Problem[] {
  if (articles.length < 2) return [];
  const byId = new Map(articles.map((a) => [a.id, a]));
  const byUrl = new Map(articles.map((a) => [a.url, a]));
  const linked = new Set<number>();
  for (const article of articles) {
    for (const ref of article.relatedRefs) {
      const target = resolveRef({ byId, byUrl }, ref);
      if (target && target.id !== article.id) linked.add(target.id);
    }
  }
  // A draft is not published yet: nothing could link to it, and its links are its writer's to add.
  return articles
    .filter((a) => !a.draft && a.relatedRefs.length === 0 && !linked.has(a.id))
    .map((a) => ({
      file: a.file,
      field: 'id',
      message:
        'is an orphan: no article refers to it and it has no related_article references of its own; ' +
        'add a related_article key naming a related question (its id, title, subject and url), or name this one in another article',
      severity: 'warning' as const,
    }));
}
