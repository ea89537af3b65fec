// Runs before npm test: the e2e tests need a Chromium and the Nu Html Checker needs Java; without them
// npm test would run for minutes and then fail. Stop at once with the command that installs what is missing.
import { spawnSync } from 'node:child_process';
import { findChromium, INSTALL_CHROMIUM } from './chromium';
import { databaseProblem } from './preflight-db';

export function missingTools(): string[] {
  const missing: string[] = [];
  if (!findChromium()) missing.push(`no Chromium: ${INSTALL_CHROMIUM}`);
  const java = spawnSync('java', ['-version'], { stdio: 'ignore' });
  if (java.error || java.status !== 0)
    missing.push('no Java (for the Nu Html Checker): apt-get install default-jre-headless');
  return missing;
}

const missing = missingTools();
if (missing.length > 0) {
  console.error(
    `npm test needs:\n${missing.map((line) => `  ${line}`).join('\n')}\n(or on Debian, both: apt-get install ` +
      `chromium default-jre-headless)`,
  );
  process.exitCode = 1;
}
const database = await databaseProblem();
if (database) {
  console.error(`npm test needs: ${database}`);
  process.exitCode = 1;
}
