import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
const tempDir = (name: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), name));
  dirs.push(dir);
  return dir;
};

describe('the command-line scripts', () => {
  it('know they were run as main from a path with spaces', () => {
    const dir = path.join(tempDir('main-'), 'a folder with spaces');
    fs.mkdirSync(dir);
    const script = path.join(dir, 'probe.ts');
    const main = path.join(process.cwd(), 'scripts', 'main.ts');
    fs.writeFileSync(
      script,
      `import { isMain } from ${JSON.stringify(main)};\nconsole.log(isMain(import.meta.url), import.meta.url === \`file://\${process.argv[1]}\`);\n`,
    );
    const run = spawnSync(tsx, [script], { encoding: 'utf8' });
    // The old check compared against an unencoded path and missed.
    expect(run.stdout.trim()).toBe('true false');
  });

  it('parse their options with parseArgs and refuse unknown ones', () => {
    const run = spawnSync(tsx, ['scripts/new.ts', '--subjetc', 'Biology', 'What is osmosis?'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Unknown option '--subjetc'");
    expect(run.stderr).toContain('usage: npm run new -- --subject');
  });

  it('npm test stops at once, with the install commands, when Chromium and Java are missing', () => {
    const bin = tempDir('bin-');
    fs.symlinkSync(process.execPath, path.join(bin, 'node'));
    const env = { ...process.env, PATH: bin, CHROME_PATH: path.join(bin, 'no-chromium') };
    const run = spawnSync(tsx, ['scripts/preflight.ts'], { encoding: 'utf8', env });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('no Chromium: npx playwright install chromium');
    expect(run.stderr).toContain('no Java (for the Nu Html Checker): apt-get install default-jre-headless');
  });
});
