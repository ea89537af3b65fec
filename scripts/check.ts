// npm run check [-- --quiet] [-- --all] [-- paths]: validates every article; exit 1 on errors, 2 on a bad option.
import { ConfigError } from '@/lib/config';
import { parseCheckArgs, UsageError } from '@/pipeline/check/options';
import { runCheck } from '@/pipeline/check/report';
import { getContentDir } from '@/pipeline/content/files';
import { Progress } from '@/pipeline/progress';

// One write: a console.log per line cost a second per 20,000 warnings.
const lines: string[] = [];
try {
  const dir = getContentDir();
  const options = parseCheckArgs(process.argv.slice(2), dir);
  process.exitCode = await runCheck(dir, (line) => lines.push(line), { ...options, progress: new Progress() });
  process.stdout.write(`${lines.join('\n')}\n`);
} catch (error) {
  if (!(error instanceof UsageError || error instanceof ConfigError)) throw error;
  console.error(error instanceof ConfigError ? `npm run check: ${error.message}` : error.message);
  process.exitCode = error instanceof UsageError ? error.code : 1;
}
