import { findRenderProblem } from '@/pipeline/markdown/render';
import { slugify } from '@/lib/text/slug';
import { checkAnswerTree, hasRawHtml } from './answer-rules';
import { checkPractice } from './practice-rules';
import { Claims } from './claim';
import { descriptionLengthProblem } from '../content/description';
import { checkEditorial } from './editorial';
import { resolveRef } from '../content/library';
import type { Article, Problem } from '../content/types';

/** Rules about one article alone; they run at parse time, so their results are cached with it. */
export function checkArticle(article: Article): Problem[] {
  const problems: Problem[] = [];
  const error = (field: string, message: string) =>
    problems.push({ file: article.file, field, message, severity: 'error' });
  const warn = (field: string, message: string) =>
    problems.push({ file: article.file, field, message, severity: 'warning' });
  if (slugify(article.subject) !== article.subjectSlug) {
    error(
      'url',
      `subject slug "${article.subjectSlug}" does not match subject "${article.subject}" (expected "${slugify(article.subject)}")`,
    );
  }
  const description = descriptionLengthProblem(article.seo.description);
  if (description) warn('seo.page_description', description);
  if (hasRawHtml(article.answerMarkdown)) warn('answer', 'contains raw HTML, which the page strips');
  // The page would show such an answer as plain text; the build refuses it instead.
  const unrenderable = findRenderProblem(article.answerMarkdown);
  if (unrenderable) error('answer', unrenderable.message);
  else
    for (const found of checkAnswerTree(article.answerMarkdown))
      problems.push({ file: article.file, field: 'answer', ...found });
  for (const found of checkPractice(article)) problems.push({ file: article.file, ...found });
  return [...problems, ...checkEditorial(article)];
}

/** Rules across files: duplicate ids and urls, subject slug collisions, related references. */
export function checkLibrary(articles: readonly Article[]): Problem[] {
  const problems: Problem[] = [];
  const ids = new Claims<number>();
  const urls = new Claims<string>();
  const [byId, byUrl] = [ids.map, urls.map];
  const subjectBySlug = new Map<string, Article>();
  for (const article of articles) {
    const error = (field: string, message: string) =>
      problems.push({ file: article.file, field, message, severity: 'error' });
    ids.claim(article.id, article);
    urls.claim(article.url, article);
    const sameSlug = subjectBySlug.get(article.subjectSlug);
    if (!sameSlug) subjectBySlug.set(article.subjectSlug, article);
    else if (sameSlug.subject !== article.subject) {
      error(
        'subject',
        `"${article.subject}" and "${sameSlug.subject}" (${sameSlug.file}) give the same slug "${article.subjectSlug}"`,
      );
    }
  }
  const unusedId = articles.reduce((max, a) => Math.max(max, a.id), 0) + 1;
  problems.push(
    ...ids.blame(
      'id',
      (id, older) =>
        `duplicate id ${id}, also used by ${older.file}: give this article an unused id, such as ${unusedId}`,
    ),
    ...urls.blame('url', (_, older) => `duplicate url, also used by ${older.file}: give this article its own url`),
  );
  problems.push(...checkDuplicates(articles, (a) => a.question, 'question'));
  problems.push(...checkDuplicates(articles, (a) => a.seo.description, 'seo.page_description'));
  for (const article of articles) {
    article.relatedRefs.forEach((ref, index) => {
      const field = `related_article${index + 1}`;
      const add = (severity: Problem['severity'], message: string) =>
        problems.push({ file: article.file, field, message, severity });
      if (ref.id === article.id || ref.url === article.url) return add('error', 'refers to the article itself');
      const target = resolveRef({ byId, byUrl }, ref);
      if (!target)
        return add('warning', `id ${ref.id} is not in the content; the page fills this slot with a similar article`);
      if (target.id !== ref.id)
        return add(
          'warning',
          `id ${ref.id} is not in the content; the page links article ${target.id} by its url: set the id to ${target.id}`,
        );
      if (target.url !== ref.url)
        add('error', `url "${ref.url}" disagrees with article ${ref.id}'s url "${target.url}"`);
      if (target.question !== ref.title)
        add('error', `title disagrees with article ${ref.id}'s question "${target.question}"`);
    });
  }
  return problems;
}

function checkDuplicates(articles: readonly Article[], key: (a: Article) => string, field: string): Problem[] {
  const seen = new Map<string, Article>();
  const problems: Problem[] = [];
  for (const article of articles) {
    const value = key(article).trim().toLowerCase();
    if (!value) continue;
    const first = seen.get(value);
    if (first) problems.push({ file: article.file, field, message: `same as in ${first.file}`, severity: 'warning' });
    else seen.set(value, article);
  }
  return problems;
}
