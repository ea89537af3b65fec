import matter from 'gray-matter';
import type { z } from 'zod';
import { fromCms } from './cms';
import { findForbiddenKey } from './forbidden-keys';
import { fieldName, findFieldLine } from './lines';
import { missingField } from '../check/missing';
import { toArticle } from './normalize';
import { rawArticleSchema, RELATED_KEY, relatedRefSchema, type RawRelatedRef } from './schema';
import type { Article, Problem } from './types';
import { loadYaml, MAX_FRONT_MATTER_BYTES, YamlProblem } from './yaml';
import { snippet } from '../check/yaml-lines';

export type ParseResult = { article?: Article; problems: Problem[] };

/** gray-matter's comment stripping (/^\s*#[^\n]+/gm) was quadratic in a run of blank lines, so runs are bounded. */
export const MAX_BLANK_LINES = 200;

// A line's leading whitespace (`\s` but the four line ends), and the next line end.
const LINE_SPACE = /[^\S\n\r\u2028\u2029]*/y;
const LINE_END = /[\n\r\u2028\u2029]/g;

/**
 * The longest run of whitespace-only lines, counted as the regex sees them (`\s`, and a line ends at any
 * of \n \r \u2028 \u2029), with the 1-based file line it starts on; one pass, jumping line to line.
 */
export function longestBlankRun(text: string): { lines: number; line: number } {
  let longest = { lines: 0, line: 0 };
  let run = 0;
  let runLine = 1;
  let line = 1;
  for (let from = 0; ;) {
    LINE_END.lastIndex = from;
    const end = LINE_END.exec(text)?.index ?? text.length;
    LINE_SPACE.lastIndex = from;
    LINE_SPACE.exec(text);
    if (LINE_SPACE.lastIndex === end) {
      if (run === 0) runLine = line;
      run++;
      if (run > longest.lines) longest = { lines: run, line: runLine };
    } else run = 0;
    if (end === text.length) return longest;
    if (text[end] === '\n') line++;
    from = end + 1;
  }
}

/**
 * The front matter block as gray-matter splits it (the one splitter), with its first line being the
 * file's line 2; undefined when the file has no opening or no closing --- line, or is not YAML.
 */
export function splitFrontMatter(source: string): string | undefined {
  const text = source.replace(/^\uFEFF/, '');
  if (!text.startsWith('---') || matter.language(text).name) return undefined;
  const block = grayMatterBlock(text);
  // Without a closing line, gray-matter takes the whole rest of the file as the block.
  if (text.length <= 3 + block.length) return undefined;
  return block.replace(/^\r?\n/, '');
}

/**
 * gray-matter's `file.matter` for a YAML file, by its own rules (index.js parseMatter) without its per-call
 * copies, comment stripping and engine: a 4th '-' means no front matter, else the text up to the next
 * "\n---". parse.test.ts compares the two on every fixture and edge case.
 */
export function grayMatterBlock(text: string): string {
  if (text.charAt(3) === '-') return '';
  const closing = text.indexOf('\n---', 3);
  return text.slice(3, closing === -1 ? text.length : closing);
}

/** A parse and what the per-file rules need of the file: its front matter (for lines) and its `file_name`. */
export type Parsed = ParseResult & { frontMatter?: string; fileName?: string };

/** Parses, validates against the schema and normalizes one article file. Never throws for bad content. */
export function parseArticle(file: string, source: string): Parsed {
  const problem = (field: string, message: string, line?: number): Parsed => ({
    problems: [{ file, line, field, message, severity: 'error' }],
  });
  const text = source.replace(/^\uFEFF/, '');
  if (!text.startsWith('---')) return problem('front matter', 'the file must start with a --- line', 1);
  const language = matter.language(text).name;
  if (language)
    return problem('front matter', `front matter in "${snippet(language)}" is not allowed: only YAML (---) is read`, 1);
  // gray-matter's own closing rule, measured before it runs: the block is what it would hand to YAML.
  const closing = text.indexOf('\n---', 3);
  const extent = closing === -1 ? text.length : closing;
  if (Buffer.byteLength(text.slice(0, extent)) > MAX_FRONT_MATTER_BYTES + 4) {
    return problem('front matter', `is larger than ${MAX_FRONT_MATTER_BYTES / 1024} KB`, 1);
  }
  const blank = longestBlankRun(text.slice(0, extent));
  if (blank.lines > MAX_BLANK_LINES) {
    return problem(
      'front matter',
      `${blank.lines} blank lines in a row (at most ${MAX_BLANK_LINES}): remove them`,
      blank.line,
    );
  }
  const frontMatter = splitFrontMatter(text);
  if (frontMatter === undefined) return problem('front matter', 'no closing --- line after the front matter', 1);

  let data: unknown;
  try {
    // The leading newline stands for the --- line, so YAML's lines are the file's lines.
    data = loadYaml(`\n${frontMatter}`);
  } catch (error) {
    if (!(error instanceof YamlProblem)) throw error;
    return problem('front matter', error.message, error.line);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return problem('front matter', 'must be a YAML mapping of fields', 2);
  }

  const forbidden = findForbiddenKey(data, frontMatter);
  if (forbidden)
    return problem(
      forbidden.field,
      'is not a field: __proto__, constructor and prototype keys are refused',
      forbidden.line,
    );
  const record = fromCms(data as Record<string, unknown>);
  const problems: Problem[] = [];
  const report = (issues: z.core.$ZodIssue[], prefix: string[] = []) => {
    for (const issue of issues) {
      const path = [...prefix, ...issue.path.map(String)];
      const value = path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], record);
      const missing = value === undefined || value === null;
      const hint = missing ? missingField(frontMatter, path) : undefined;
      // A strict mapping's unknown keys: each is named at its own line.
      const fields = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...path, key]) : [path];
      for (const at of fields)
        problems.push({
          file,
          line: hint?.line ?? findFieldLine(frontMatter, at),
          field: fieldName(at),
          message: hint?.message ?? (missing && issue.code !== 'custom' ? 'is required' : issue.message),
          severity: 'error',
        });
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
  const article = toArticle(
    file,
    parsed.data,
    related.map((r) => r.ref),
  );
  return { article, problems, frontMatter, fileName: parsed.data.file_name };
}
