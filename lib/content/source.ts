import fs from 'node:fs';
import path from 'node:path';
import { findFieldLine } from './lines';
import { parseArticle, type ParseResult } from './parse';
import type { Problem } from './types';

/** The only place the site touches the file system for content. */
export function getContentDir(): string {
  // Ignored by the tracer: next.config.ts includes content/ in the server bundle explicitly.
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR || path.join(process.cwd(), 'content'));
}

type Entry = { mtimeMs: number; size: number; result: ParseResult };
const parsed = new Map<string, Entry>();

function listMarkdown(dir: string, prefix = ''): string[] {
  const files: string[] = [];
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...listMarkdown(path.join(dir, entry.name), relative));
    else if (entry.isFile() && entry.name.endsWith('.md')) files.push(relative);
  }
  return files;
}

export type SourceFile = { file: string; result: ParseResult };

/**
 * Reads every article file under the content folder. A file is parsed again only when its
 * size or mtime changed since the last call, so `next dev` sees edits on refresh.
 */
export function readContent(dir = getContentDir()): { files: SourceFile[]; changed: boolean } {
  if (!fs.existsSync(dir)) throw new Error(`content folder not found: ${dir} (set CONTENT_DIR or create content/)`);
  const names = listMarkdown(dir);
  let changed = names.length !== parsed.size;
  const seen = new Set<string>();
  const files = names.map((file) => {
    const absolute = path.join(dir, file);
    seen.add(absolute);
    const stat = fs.statSync(absolute);
    const cached = parsed.get(absolute);
    if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return { file, result: cached.result };
    changed = true;
    const result = parseArticle(file, fs.readFileSync(absolute, 'utf8'));
    parsed.set(absolute, { mtimeMs: stat.mtimeMs, size: stat.size, result });
    return { file, result };
  });
  for (const key of parsed.keys()) if (!seen.has(key)) parsed.delete(key);
  return { files, changed };
}

/** Adds the line of the field to problems found after parsing (cross-file rules). */
export function locateProblems(problems: Problem[], dir = getContentDir()): Problem[] {
  const frontMatters = new Map<string, string>();
  return problems.map((problem) => {
    if (problem.line !== undefined) return problem;
    let frontMatter = frontMatters.get(problem.file);
    if (frontMatter === undefined) {
      const source = fs.readFileSync(path.join(dir, problem.file), 'utf8');
      frontMatter = source.split(/\r?\n---/)[0]?.replace(/^\uFEFF?---[^\n]*\n/, '') ?? '';
      frontMatters.set(problem.file, frontMatter);
    }
    return { ...problem, line: findFieldLine(frontMatter, problem.field.split('.')) };
  });
}
