// npm run check [-- --quiet] [-- --all] [-- paths]: validates every article and prints each problem as
// `file:line: field: message`. Named paths only narrow what is printed: the cross-file rules see every article.
import path from 'node:path';
import { ConfigError, siteEnv } from '@/lib/config';
import { formatProblem, scanContent, type Problem, type Scan } from '@/lib/content';
import { scanContentParallel, Workers } from '@/lib/content/pipeline';
import { getContentDir } from '@/lib/content/source';
import { isSelected, parseCheckArgs, UsageError, type CheckOptions } from './check-args';
import { formatGroups, GROUP_OVER, groupWarnings } from './check-groups';
import { isMain } from './main';
import { Progress } from './progress';

// localeCompare's order (the default locale), without building a collator per comparison.
const byName = new Intl.Collator().compare;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

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
  const files = new Set(errors.map((p) => p.file)).size;
  const read = only ? articles.filter((a) => isSelected(a.file, only)).length : articles.length;
  const scope = only ? ` in the named paths (${articles.length} read in all)` : '';
  log(
    errors.length > 0
      ? `✗ ${plural(errors.length, 'error')} in ${plural(files, 'file')}, ${plural(warnings, 'warning')}; ${read} articles read${scope}`
      : `✓ ${read} articles checked${scope}: no errors, ${plural(warnings, 'warning')}${showWarnings || !warnings ? '' : ' (npm run check lists them)'}`,
  );
  return errors.length > 0 ? 1 : 0;
}

export function runCheck(
  dir = getContentDir(),
  log: (line: string) => void = console.log,
  showWarnings = true,
  options: CheckOptions = {},
): number {
  return reportScan(scanContent(dir), dir, log, showWarnings, options);
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

/** runCheck with the parsing spread over worker threads when many files are uncached. */
export async function runCheckParallel(
  dir = getContentDir(),
  log: (line: string) => void = console.log,
  options: CheckOptions = {},
  progress?: Progress,
): Promise<number> {
  const workers = new Workers(siteEnv().CONTENT_WORKERS);
  try {
    const scan = await scanContentParallel(workers, dir, progress && scanProgress(progress));
    progress?.end();
    return reportScan(scan, dir, log, !options.quiet, options);
  } finally {
    await workers.close();
  }
}

if (isMain(import.meta.url)) {
  // One write: a console.log per line cost a second per 20,000 warnings.
  const lines: string[] = [];
  try {
    const dir = getContentDir();
    const options = parseCheckArgs(process.argv.slice(2), dir);
    process.exitCode = await runCheckParallel(dir, (line) => lines.push(line), options, new Progress());
    process.stdout.write(`${lines.join('\n')}\n`);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      process.exitCode = error.code;
    } else if (error instanceof ConfigError) {
      console.error(`npm run check: ${error.message}`);
      process.exitCode = 1;
    } else throw error;
  }
}
