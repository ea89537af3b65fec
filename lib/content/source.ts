import fs from 'node:fs';
import path from 'node:path';
import { siteEnv } from '@/lib/config';
import { findFieldLine } from './lines';
import { readCache, writeCache, type CacheEntry } from './cache';
import { parseArticle, splitFrontMatter, type ParseResult } from './parse';
import type { Problem } from './types';

/** The only place the site touches the file system for content. */
export function getContentDir(): string {
  // Ignored by the tracer: next.config.ts includes content/ in the server bundle explicitly.
  return path.resolve(/*turbopackIgnore: true*/ siteEnv().CONTENT_DIR || path.join(process.cwd(), 'content'));
}

const cacheByDir = new Map<string, Map<string, CacheEntry>>();

/** Lists the Markdown files under `dir`; symbolic links are never followed, and are collected in `links`. */
function listMarkdown(dir: string, prefix = '', links: string[] = []): string[] {
  const files: string[] = [];
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isSymbolicLink()) links.push(relative);
    else if (entry.isDirectory()) files.push(...listMarkdown(path.join(dir, entry.name), relative, links));
    else if (entry.isFile() && entry.name.endsWith('.md')) files.push(relative);
  }
  return files;
}

export type SourceFile = { file: string; result: ParseResult };

// A link could point outside the content folder, or at another article: content must be plain files.
const skippedLink = (file: string): SourceFile => ({
  file,
  result: {
    problems: [
      { file, line: 1, field: 'file', severity: 'warning', message: 'is a symbolic link and was skipped: copy the file into content/ instead' },
    ],
  },
});

/**
 * Reads every article file under the content folder. A file is parsed again only when its size or
 * mtime changed since the last call or the last build (cache in .next/cache), so rebuilds and
 * `next dev` refreshes reparse only what changed.
 */
export function readContent(dir = getContentDir()): { files: SourceFile[]; changed: boolean } {
  if (!fs.existsSync(dir)) throw new Error(`content folder not found: ${dir} (set CONTENT_DIR or create content/)`);
  let cache = cacheByDir.get(dir);
  if (!cache) cacheByDir.set(dir, (cache = readCache(dir)));
  const links: string[] = [];
  const names = listMarkdown(dir, '', links);
  let changed = names.length !== cache.size;
  const next = new Map<string, CacheEntry>();
  const files = names.map((file) => {
    const stat = fs.statSync(path.join(dir, file));
    let entry = cache.get(file);
    if (!entry || entry.mtimeMs !== stat.mtimeMs || entry.size !== stat.size) {
      changed = true;
      entry = { mtimeMs: stat.mtimeMs, size: stat.size, result: parseArticle(file, fs.readFileSync(path.join(dir, file), 'utf8')) };
    }
    next.set(file, entry);
    return { file, result: entry.result };
  });
  cacheByDir.set(dir, next);
  if (changed) writeCache(dir, next);
  return { files: [...files, ...links.map(skippedLink)], changed };
}

/** Adds the line of the field to problems found after parsing (cross-file rules). */
export function locateProblems(problems: Problem[], dir = getContentDir()): Problem[] {
  const frontMatters = new Map<string, string>();
  return problems.map((problem) => {
    if (problem.line !== undefined) return problem;
    let frontMatter = frontMatters.get(problem.file);
    if (frontMatter === undefined) {
      const source = fs.readFileSync(path.join(dir, problem.file), 'utf8');
      frontMatter = splitFrontMatter(source) ?? '';
      frontMatters.set(problem.file, frontMatter);
    }
    const { locate, ...rest } = problem;
    return { ...rest, line: findFieldLine(frontMatter, (locate ?? problem.field).split('.')) };
  });
}
