import type { z } from 'zod';
import { findFieldLine } from './lines';
import { toArticle } from './normalize';
import { checkArticle } from './rules';
import { rawArticleSchema, RELATED_KEY, relatedRefSchema, type RawRelatedRef } from './schema';
import type { Article, Problem } from './types';
import { loadYaml, MAX_FRONT_MATTER_BYTES, YamlProblem } from './yaml';

export type ParseResult = { article?: Article; problems: Problem[] };

const OPENING = /^---([^\r\n]*)\r?\n/;
const CLOSING = /\r?\n---[ \t]*(?:\r?\n|$)/;

/** Parses, validates and normalizes one article file. Never throws for bad content. */
export function parseArticle(file: string, source: string): ParseResult {
  const problem = (field: string, message: string, line?: number): ParseResult => ({
    problems: [{ file, line, field, message, severity: 'error' }],
  });
  const text = source.replace(/^\uFEFF/, '');
  const opening = OPENING.exec(text);
  if (!opening) return problem('front matter', 'the file must start with a --- line', 1);
  const language = (opening[1] ?? '').trim();
  if (language) return problem('front matter', `front matter in "${language}" is not allowed: only YAML (---) is read`, 1);
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) return problem('front matter', 'no closing --- line after the front matter', 1);
  const frontMatter = rest.slice(0, closing.index);
  if (Buffer.byteLength(frontMatter) > MAX_FRONT_MATTER_BYTES) {
    return problem('front matter', `is larger than ${MAX_FRONT_MATTER_BYTES / 1024} KB`, 1);
  }

  let data: unknown;
  try {
    // The block is loaded directly: gray-matter's comment-stripping regex took seconds on a run of
    // blank lines. The leading newline stands for the --- line, so YAML's lines are the file's lines.
    data = loadYaml(`\n${frontMatter}`);
  } catch (error) {
    if (!(error instanceof YamlProblem)) throw error;
    return problem('front matter', error.message, error.line);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return problem('front matter', 'must be a YAML mapping of fields', 2);
  }

  const record = data as Record<string, unknown>;
  const problems: Problem[] = [];
  const report = (issues: z.core.$ZodIssue[], prefix: string[] = []) => {
    for (const issue of issues) {
      const path = [...prefix, ...issue.path.map(String)];
      const value = path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], record);
      const message = value === undefined || value === null ? 'is required' : issue.message;
      problems.push({ file, line: findFieldLine(frontMatter, path), field: path.join('.'), message, severity: 'error' });
    }
  };

  const parsed = rawArticleSchema.safeParse(record);
  if (!parsed.success) report(parsed.error.issues);

  const related: { n: number; ref: RawRelatedRef }[] = [];
  for (const [key, value] of Object.entries(record)) {
    const match = RELATED_KEY.exec(key);
    if (!match) continue;
    const ref = relatedRefSchema.safeParse(value);
    if (ref.success) related.push({ n: Number(match[1]), ref: ref.data });
    else report(ref.error.issues, [key]);
  }

  if (!parsed.success || problems.length > 0) return { problems };
  related.sort((a, b) => a.n - b.n);
  const article = toArticle(file, parsed.data, related.map((r) => r.ref));
  if (parsed.data.file_name !== `${article.slug}.md`) {
    const line = findFieldLine(frontMatter, ['file_name']);
    const message = `"${parsed.data.file_name}" does not match the url's slug (expected "${article.slug}.md")`;
    return { problems: [{ file, line, field: 'file_name', message, severity: 'error' }] };
  }
  for (const found of checkArticle(article)) problems.push({ ...found, line: findFieldLine(frontMatter, found.field.split('.')) });
  return { article, problems };
}
