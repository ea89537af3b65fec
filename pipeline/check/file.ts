import { fieldPath, findFieldLine } from '@/pipeline/content/lines';
import { parseArticle, type ParseResult } from '@/pipeline/content/parse';
import { findPlacementProblem } from '@/pipeline/content/placement';
import { checkAnswerSource } from './answer-text';
import { checkArticle } from './rules';

/**
 * One file read as the check reads it: parsed, then its own rules (where it lives, the answer's limits and
 * house style, the answer as written). The parse cache and the worker threads hold this result.
 */
export function readArticle(file: string, source: string): ParseResult {
  const { article, problems, frontMatter = '', fileName = '' } = parseArticle(file, source);
  if (!article) return { problems };
  const misplaced = findPlacementProblem(article, fileName);
  if (misplaced)
    return {
      problems: [{ file, line: findFieldLine(frontMatter, [misplaced.field]), ...misplaced, severity: 'error' }],
    };
  for (const found of checkArticle(article))
    problems.push({ ...found, line: findFieldLine(frontMatter, fieldPath(found.field)) });
  problems.push(...checkAnswerSource(file, frontMatter, article.answerMarkdown));
  return { article, problems };
}
