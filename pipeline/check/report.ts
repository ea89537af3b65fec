// What npm run check prints: each problem as `file:line: field: message`, warnings grouped by rule past a count,
// and a summary. Named paths only narrow what is printed: the cross-file rules see every article.
import path from 'node:path';
import { siteEnv } from '@/lib/config';
import { getContentDir } from '@/pipeline/content/files';
import { formatProblem } from '@/pipeline/content/problems';
import type { Problem } from '@/pipeline/content/types';
import { scanContent, type Scan, type ScanOptions } from '@/pipeline/scan';
import { isSelected, type CheckOptions } from './options';
import { formatGroups, GROUP_OVER, groupWarnings } from './groups';
import { Progress } from '../progress';
import { count } from '@/lib/text/plural';

// localeCompare's order (the default locale), without building a collator per comparison.
const byName = new Intl.Collator().compare;

/**
 * Prints a scan's problems (warnings too unless told not to; grouped by rule past GROUP_OVER unless `all`) and
 * a summary, for the files `only` names (all by default); 1 when there are errors.
 */
export function reportScan(
  { articles, problems: all }: Scan,
  dir: string,
  log: (line: string) => void,
  showWarnings: boolean,
  { only, all: every = false }: Pick<CheckOptions, 'only' | 'all'> = {},
): number {
  const prefix = `${path.relative(process.cwd(), dir) || '.'}/`;
  const problems = only ? all.filter((p) => isSelected(p.file, only)) : all;
  const sorted = [...problems].sort((a, b) => byName(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0));
  const format = (problem: Problem) => {
    const line = formatProblem(problem, prefix);
    return problem.severity === 'warning'
      ? line.replace(`: ${problem.field}: `, `: ${problem.field}: warning: `)
      : line;
  };
  const errors = sorted.filter((p) => p.severity === 'error');
  const warnings = sorted.length - errors.length;
  if (showWarnings && !every && warnings > GROUP_OVER) {
    errors.forEach((problem) => log(format(problem)));
    const shown = sorted.filter((p) => p.severity === 'warning').map((problem) => ({ problem, line: format(problem) }));
    formatGroups(groupWarnings(shown)).forEach((line) => log(line));
  } else {
    for (const problem of sorted) if (problem.severity === 'error' || showWarnings) log(format(problem));
  }
  const failed = new Set(errors.map((p) => p.file)).size;
  // A file that does not parse is still one that was read: it counts, so a named broken file is not "0 read".
  // A skipped symbolic link (a warning) was never read.
  const files = new Set([
    ...articles.map((a) => a.file),
    ...all.flatMap((p) => (p.severity === 'error' ? p.file : [])),
  ]);
  const read = only ? [...files].filter((file) => isSelected(file, only)).length : files.size;
  const scope = only ? ` in the named paths (${files.size} read in all)` : '';
  log(
    errors.length > 0
      ? `✗ ${count(errors.length, 'error')} in ${count(failed, 'file')}, ${count(warnings, 'warning')}; ${read} files read${scope}`
      : `✓ ${read} articles checked${scope}: no errors, ` +
          `${count(warnings, 'warning')}${showWarnings || !warnings ? '' : ' (npm run check lists them)'}`,
  );
  return errors.length > 0 ? 1 : 0;
}

/** Progress callbacks for a scan: reading, parsing what no cache holds (counted), then the rules across files. */
export function scanProgress(progress: Progress) {
  const parse = progress.counter('parse', 'files parsed');
  progress.stage('read content');
  return (done: number, total: number) => {
    parse(done, total);
    if (done === total) progress.stage('cross-file rules');
  };
}

export type RunCheckOptions = CheckOptions & Pick<ScanOptions, 'threads' | 'cache'> & { progress?: Progress };

/** npm run check: scans the folder (parsing across worker threads when many files are uncached) and reports. */
export async function runCheck(
  dir = getContentDir(),
  log: (line: string) => void = console.log,
  { progress, threads = siteEnv().CONTENT_WORKERS, cache, ...options }: RunCheckOptions = {},
): Promise<number> {
  const scan = await scanContent({ dir, threads, cache, ...(progress ? { onParsed: scanProgress(progress) } : {}) });
  progress?.end();
  return reportScan(scan, dir, log, !options.quiet, options);
}
