import type { Article, Problem } from './types';

/** The one rule for where an article lives: `<subject-slug>/<slug>.md`, both read from its url. */
export const articleFile = (subjectSlug: string, slug: string) => `${subjectSlug}/${slug}.md`;

/** The id a new article takes: one above the highest in use. */
export const nextId = (articles: readonly Pick<Article, 'id'>[]) =>
  articles.reduce((max, a) => Math.max(max, a.id), 0) + 1;

/** Why a file is not where its url says, naming the field to fix; undefined when it is in its place. */
export function findPlacementProblem(
  article: Pick<Article, 'file' | 'subjectSlug' | 'slug'>,
  fileName: string,
): Pick<Problem, 'field' | 'message'> | undefined {
  const { file, subjectSlug, slug } = article;
  if (fileName !== `${slug}.md`)
    return { field: 'file_name', message: `"${fileName}" does not match the url's slug (expected "${slug}.md")` };
  if (file === articleFile(subjectSlug, slug)) return undefined;
  const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
  const name = file.slice(file.lastIndexOf('/') + 1);
  if (folder !== subjectSlug)
    return {
      field: 'url',
      message: `the file is in "${folder || '.'}/" but its url's subject is "${subjectSlug}": move it to ${articleFile(subjectSlug, slug)}`,
    };
  return { field: 'url', message: `slug "${slug}" does not match the file's name "${name}"` };
}
