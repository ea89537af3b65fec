import fs from 'node:fs';
import path from 'node:path';
import { siteEnv } from '@/lib/config';
import { fieldPath, findFieldLine } from './lines';
import { cacheFolder, contentKey, forgetCodeVersion, ResultCache } from './cache';
import { ifThere } from './cache-file';
import { splitFrontMatter, type ParseResult } from './parse';
import type { Problem } from './types';

/** The only place the site touches the file system for content. */
export function getContentDir(): string {
  // Ignored by the tracer: next.config.ts includes content/ in the server bundle explicitly.
  return path.resolve(/*turbopackIgnore: true*/ siteEnv().CONTENT_DIR || path.join(process.cwd(), 'content'));
}

/** Lists the Markdown files under `dir`; symbolic links are never followed, and are collected in `links`. */
export function listMarkdown(dir: string, prefix = '', links: string[] = []): string[] {
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

export type ContentFile = { file: string; result: ParseResult };

// A link could point outside the content folder, or at another article: content must be plain files.
const skippedLink = (file: string): ContentFile => ({
  file,
  result: {
    problems: [
      {
        file,
        line: 1,
        field: 'file',
        severity: 'warning',
        message: 'is a symbolic link and was skipped: copy the file into content/ instead',
      },
    ],
  },
});
/** A file whose parse result no cache holds: what a worker is given. */
export type ParseJob = { file: string; text: string };

type Seen = { mtimeMs: number; size: number; key: string; result: ParseResult };
// Per folder, within one process: what each path held when last read, so next dev re-reads only touched files.
const seenByDir = new Map<string, Map<string, Seen>>();
const cacheByDir = new Map<string, ResultCache<ParseResult>>();

/** The parse cache of a content folder, in `folder` (default .next/cache/content; false: none). */
export const parseCache = (dir: string, folder: string | false = cacheFolder()) => {
  const name = `${dir}\0${folder}`;
  let cache = cacheByDir.get(name);
  if (!cache)
    cacheByDir.set(
      name,
      (cache = new ResultCache<ParseResult>('parse', dir, folder ? undefined : null, folder || undefined)),
    );
  return cache;
};

/** Drops this process's memory of earlier reads, as a new process starts (tests of the cache on disk). */
export function forgetContent(): void {
  seenByDir.clear();
  cacheByDir.clear();
  forgetCodeVersion();
}

type Plan = { files: ContentFile[]; finish: (results: ParseResult[]) => ContentFile[] };

/**
 * Lists and reads the folder, one step per file read, handing each file no cache holds to `add` as soon as it is
 * read (worker threads start parsing while the rest is still being read); `finish` takes the results in that order.
 * `memo` keeps each file's mtime and size, so that the next read in this process skips unchanged files.
 */
function* plan(
  dir: string,
  add: (job: ParseJob) => void,
  cacheRoot: string | false | undefined,
  memo: boolean,
): Generator<void, Plan & { changed: boolean }> {
  if (!fs.existsSync(dir)) throw new Error(`content folder not found: ${dir} (set CONTENT_DIR or create content/)`);
  const cache = parseCache(dir, cacheRoot);
  const seen = memo ? seenByDir.get(dir) : undefined;
  const links: string[] = [];
  const names = listMarkdown(dir, '', links);
  let changed = !seen || names.length !== seen.size;
  const next = new Map<string, Seen>();
  const files: ContentFile[] = [];
  const jobs: { index: number; file: string; key: string; mtimeMs: number; size: number }[] = [];
  for (const file of names) {
    const full = path.join(dir, file);
    // Only the memo needs the stat; a file deleted since the folder was listed is skipped by the read as well.
    const stat = memo ? ifThere(() => fs.statSync(full)) : { mtimeMs: NaN, size: NaN };
    // Deleted since the folder was listed (a git checkout, an editor's save): it is no longer an article.
    if (!stat) {
      changed = true;
      continue;
    }
    const { mtimeMs, size } = stat;
    const before = seen?.get(file);
    if (before && before.mtimeMs === mtimeMs && before.size === size) {
      cache.get(before.key);
      next.set(file, before);
      files.push({ file, result: before.result });
      continue;
    }
    changed = true;
    const text = ifThere(() => fs.readFileSync(full, 'utf8'));
    if (text === undefined) continue;
    const key = contentKey(file, text);
    const result = cache.get(key);
    if (result) next.set(file, { mtimeMs, size, key, result });
    else {
      // Without the text, which only the sink keeps until it is parsed.
      jobs.push({ index: files.length, file, key, mtimeMs, size });
      add({ file, text });
    }
    files.push({ file, result: result ?? { problems: [] } });
    yield;
  }
  const finish = (results: ParseResult[]) => {
    if (results.length !== jobs.length) throw new Error(`parsed ${results.length} files of ${jobs.length}`);
    jobs.forEach((job, i) => {
      const result = results[i] as ParseResult;
      cache.set(job.key, result);
      next.set(job.file, { mtimeMs: job.mtimeMs, size: job.size, key: job.key, result });
      files[job.index] = { file: job.file, result };
    });
    if (memo) seenByDir.set(dir, next);
    return [...files, ...links.map(skippedLink)];
  };
  return { files, finish, changed };
}

/** Where readContent hands uncached files: `add` as each is read, then `results` in the order added. */
export type ParseSink = { add: (job: ParseJob) => void; results: () => Promise<ParseResult[]> };

/**
 * Reads every article file under the content folder. A file is parsed only when no earlier run parsed the
 * same bytes at the same path with the same code (cache in .next/cache, keyed on a hash of the content,
 * so a fresh clone's new mtimes cost nothing); within a process, unchanged mtimes skip even the read (`memo`,
 * for the dev server: a one-shot build or check skips the stat of every file).
 * Uncached files go to `sink` as they are read (worker threads read them while the rest is listed).
 * `saved` settles once the parse cache is written: its compression runs on libuv's threads while the caller checks.
 */
export async function readContent(
  dir = getContentDir(),
  sink: ParseSink,
  cacheRoot?: string | false,
  { memo = true }: { memo?: boolean } = {},
): Promise<{ files: ContentFile[]; changed: boolean; saved: Promise<void> }> {
  const steps = plan(dir, sink.add, cacheRoot, memo);
  for (let read = 1; ; read++) {
    const step = steps.next();
    if (step.done) {
      const files = step.value.finish(await sink.results());
      return { files, changed: step.value.changed, saved: parseCache(dir, cacheRoot).save() };
    }
    // The pool's threads report ready and take batches only while this thread is not busy.
    if (read % 256 === 0) await new Promise(setImmediate);
  }
}

/** Adds the line of the field to problems found after parsing (cross-file rules). */
export function locateProblems(problems: Problem[], dir = getContentDir()): Problem[] {
  const frontMatters = new Map<string, string>();
  return problems.map((problem) => {
    if (problem.line !== undefined) return problem;
    let frontMatter = frontMatters.get(problem.file);
    if (frontMatter === undefined) {
      const source = ifThere(() => fs.readFileSync(path.join(dir, problem.file), 'utf8'));
      frontMatter = source === undefined ? '' : (splitFrontMatter(source) ?? '');
      frontMatters.set(problem.file, frontMatter);
    }
    const { locate, ...rest } = problem;
    // A file gone since it was read (or without front matter) is named at its first line.
    return {
      ...rest,
      line: findFieldLine(frontMatter, fieldPath(locate ?? problem.field)) ?? (frontMatter ? undefined : 1),
    };
  });
}
