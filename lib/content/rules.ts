import type { Article, Problem } from './types';

export function slugifySubject(subject: string): string {
  return subject
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, '')
    .trim()
    .replace(/[\s-]+/g, '-');
}

const basename = (file: string) => file.slice(file.lastIndexOf('/') + 1);

/** Checks that one file's url, file_name and file name agree. */
export function checkArticleFile(article: Article): Problem[] {
  const problems: Problem[] = [];
  const error = (field: string, message: string) => problems.push({ file: article.file, field, message, severity: 'error' });
  const expected = `${article.slug}.md`;
  if (basename(article.file) !== expected) error('url', `slug "${article.slug}" does not match the file's name "${basename(article.file)}"`);
  if (slugifySubject(article.subject) !== article.subjectSlug) {
    error('url', `subject slug "${article.subjectSlug}" does not match subject "${article.subject}" (expected "${slugifySubject(article.subject)}")`);
  }
  return problems;
}

/** Rules across files: duplicate ids and urls, subject slug collisions, related references. */
export function checkLibrary(articles: readonly Article[]): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map<number, Article>();
  const byUrl = new Map<string, Article>();
  const subjectBySlug = new Map<string, Article>();
  for (const article of articles) {
    const error = (field: string, message: string) => problems.push({ file: article.file, field, message, severity: 'error' });
    const sameId = byId.get(article.id);
    if (sameId) error('id', `duplicate id ${article.id}, also used by ${sameId.file}`);
    else byId.set(article.id, article);
    const sameUrl = byUrl.get(article.url);
    if (sameUrl) error('url', `duplicate url, also used by ${sameUrl.file}`);
    else byUrl.set(article.url, article);
    const sameSlug = subjectBySlug.get(article.subjectSlug);
    if (!sameSlug) subjectBySlug.set(article.subjectSlug, article);
    else if (sameSlug.subject !== article.subject) {
      error('subject', `"${article.subject}" and "${sameSlug.subject}" (${sameSlug.file}) give the same slug "${article.subjectSlug}"`);
    }
  }
  for (const article of articles) {
    article.relatedRefs.forEach((ref, index) => {
      const field = `related_article${index + 1}`;
      const add = (severity: Problem['severity'], message: string) => problems.push({ file: article.file, field, message, severity });
      if (ref.id === article.id || ref.url === article.url) return add('error', 'refers to the article itself');
      const target = byId.get(ref.id);
      if (!target) return add('warning', `id ${ref.id} is not in the content; the page fills this slot with a similar article`);
      if (target.url !== ref.url) add('error', `url "${ref.url}" disagrees with article ${ref.id}'s url "${target.url}"`);
      if (target.question !== ref.title) add('error', `title disagrees with article ${ref.id}'s question "${target.question}"`);
    });
  }
  return problems;
}
