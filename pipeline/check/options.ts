// npm run check's command line: which files to report on, and how much to print.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

export const USAGE =
  'usage: npm run check -- [--quiet] [--all] [file.md or folder under content/ ...]\n' +
  '  --quiet  errors only (and the summary)\n' +
  '  --all    every warning on its own line, even when there are more than 50';

export type CheckOptions = {
  /** Paths relative to the content folder: a file, or a folder ending in `/` ('' is the whole folder). */
  only?: string[];
  quiet?: boolean;
  all?: boolean;
};

/** A bad command line: `code` 2 for an unknown option (with the usage), 1 for a path that cannot be checked. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2,
  ) {
    super(message);
  }
}

const toPosix = (p: string) => p.split(path.sep).join('/');

/** Where `arg` (relative to `cwd`) is inside `contentDir`, as CheckOptions.only holds it; throws UsageError. */
export function contentPath(arg: string, contentDir: string, cwd = process.cwd()): string {
  if (!arg.trim()) throw new UsageError('npm run check: an empty path: name a file or folder under content/', 1);
  const full = path.resolve(cwd, arg);
  if (!fs.existsSync(full)) throw new UsageError(`${arg}: no such file or folder`, 1);
  if (!fs.existsSync(contentDir)) throw new UsageError(`content folder not found: ${contentDir}`, 1);
  // Real paths on both sides, so a link cannot lead outside the folder (the check never follows links).
  const relative = path.relative(fs.realpathSync(contentDir), fs.realpathSync(full));
  const shown = toPosix(path.relative(cwd, contentDir)) || '.';
  if (relative.startsWith('..') || path.isAbsolute(relative))
    throw new UsageError(`${arg}: not inside the content folder (${shown}/); name a file or folder in it`, 1);
  // The check reads no file or folder whose name starts with '.' (source.ts): naming one would print nothing.
  if (
    toPosix(relative)
      .split('/')
      .some((part) => part.startsWith('.'))
  )
    throw new UsageError(`${arg}: names starting with "." are not articles: the check skips them`, 1);
  // A link inside the folder is reported on its own path (skipped with a warning), never as what it points at.
  const parent = path.relative(fs.realpathSync(contentDir), fs.realpathSync(path.dirname(full)));
  if (fs.lstatSync(full).isSymbolicLink() && !parent.startsWith('..') && !path.isAbsolute(parent))
    return toPosix(path.join(parent, path.basename(full)));
  if (fs.statSync(full).isDirectory()) return relative ? `${toPosix(relative)}/` : '';
  if (!relative.endsWith('.md')) throw new UsageError(`${arg}: not an article: articles are .md files`, 1);
  return toPosix(relative);
}

/** The options of `argv` (process.argv.slice(2)); throws UsageError. */
export function parseCheckArgs(argv: string[], contentDir: string, cwd = process.cwd()): CheckOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { quiet: { type: 'boolean' }, all: { type: 'boolean' } },
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError(`npm run check: ${(error as Error).message}\n${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  if (values.quiet && values.all) throw new UsageError(`npm run check: --quiet and --all together\n${USAGE}`, 2);
  return {
    ...(positionals.length ? { only: positionals.map((arg) => contentPath(arg, contentDir, cwd)) } : {}),
    quiet: values.quiet ?? false,
    all: values.all ?? false,
  };
}

/** Whether a problem's file (relative to the content folder) is one the command line named. */
export const isSelected = (file: string, only?: string[]) =>
  !only || only.some((entry) => (entry === '' || entry.endsWith('/') ? file.startsWith(entry) : file === entry));
