// npm run check: validates every article and prints each problem as `file:line: field: message`.
import path from 'node:path';
import { ConfigError, siteEnv } from '@/lib/config';
import { formatProblem, scanContent, type Scan } from '@/lib/content';
import { scanContentParallel, Workers } from '@/lib/content/pipeline';
import { getContentDir } from '@/lib/content/source';
import { isMain } from './main';

// localeCompare's order (the default locale), without building a collator per comparison.
const byName = new Intl.Collator().compare;

/** Prints a scan's problems (warnings too unless told not to) and a summary; 1 when there are errors. */
export function reportScan(
  { articles, problems }: Scan,
  dir: string,
  log: (line: string) => void,
  showWarnings: boolean,
): number {
  const prefix = `${path.relative(process.cwd(), dir) || '.'}/`;
  const sorted = [...problems].sort((a, b) => byName(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0));
  for (const problem of sorted) {
    if (problem.severity === 'warning' && !showWarnings) continue;
    const line = formatProblem(problem, prefix);
    log(problem.severity === 'warning' ? line.replace(`: ${problem.field}: `, `: ${problem.field}: warning: `) : line);
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const files = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file)).size;
  log(
    errors > 0
      ? `✗ ${errors} error${errors === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}; ${articles.length} articles read`
      : `✓ ${articles.length} articles checked: no errors, ${warnings} warning${warnings === 1 ? '' : 's'}${showWarnings || !warnings ? '' : ' (npm run check lists them)'}`,
  );
  return errors > 0 ? 1 : 0;
}

export function runCheck(
  dir = getContentDir(),
  log: (line: string) => void = console.log,
  showWarnings = true,
): number {
  return reportScan(scanContent(dir), dir, log, showWarnings);
}

/** runCheck with the parsing spread over worker threads when many files are uncached. */
export async function runCheckParallel(
  dir = getContentDir(),
  log: (line: string) => void = console.log,
): Promise<number> {
  const workers = new Workers(siteEnv().CONTENT_WORKERS);
  try {
    return reportScan(await scanContentParallel(workers, dir), dir, log, true);
  } finally {
    await workers.close();
  }
}

if (isMain(import.meta.url)) {
  // One write: a console.log per line cost a second per 20,000 warnings.
  const lines: string[] = [];
  try {
    process.exitCode = await runCheckParallel(undefined, (line) => lines.push(line));
    process.stdout.write(`${lines.join('\n')}\n`);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`npm run check: ${error.message}`);
    process.exitCode = 1;
  }
}
