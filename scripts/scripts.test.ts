import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
/** A pipeline script as package.json runs it: bundled by scripts/run.mjs. */
const node = process.execPath;
const bundled = (script: string) => ['scripts/run.mjs', script];
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
const tempDir = (name: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), name));
  dirs.push(dir);
  return dir;
};

describe('the command-line scripts', () => {
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
    const run = spawnSync(tsx, ['tools/preflight.ts'], { encoding: 'utf8', env });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('no Chromium: npx playwright install chromium');
    expect(run.stderr).toContain('no Java (for the Nu Html Checker): apt-get install default-jre-headless');
  });

  it('npm run check refuses an unknown option with its usage (exit 2) and a path outside content/ (exit 1)', () => {
    const unknown = spawnSync(node, [...bundled('scripts/check.ts'), '--quite'], { encoding: 'utf8' });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('usage: npm run check -- [--quiet] [--all]');
    const outside = spawnSync(node, [...bundled('scripts/check.ts'), 'README.md'], { encoding: 'utf8' });
    expect(outside.status).toBe(1);
    expect(outside.stderr).toContain('README.md: not inside the content folder (content/)');
    expect(outside.stdout).toBe('');
  });

  it('npm run check on the seed prints its problem lines on stdout and the progress as plain lines on stderr', () => {
    const seed =
      'content/business-and-management/how-does-operations-management-contribute-to-organizational-efficiency.md';
    const run = spawnSync(node, [...bundled('scripts/check.ts'), seed], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    // The seed stays verbatim; docs/writing.md explains this warning.
    expect(run.stdout.split('\n').filter(Boolean)).toEqual([
      `${seed}:13: seo.page_description: warning: is 242 characters; search results show 120 to 160 best`,
      expect.stringMatching(/^✓ 1 articles checked in the named paths \(\d+ read in all\): no errors, 1 warning$/),
    ]);
    expect(run.stderr).toMatch(/^read content: started\n/);
    expect(run.stderr).toMatch(/\ncross-file rules: done in [\d.]+ s\n$/);
    expect(run.stderr).not.toContain('\r');
    const quiet = spawnSync(node, [...bundled('scripts/check.ts'), '--quiet', seed], { encoding: 'utf8' });
    expect(quiet.stdout).toMatch(
      /^✓ 1 articles checked in the named paths \(\d+ read in all\): no errors, 1 warning \(npm run check lists them\)\n$/,
    );
  });

  it('npm run build stops before any work on a bad environment variable, naming it', () => {
    const run = spawnSync(node, bundled('scripts/prebuild.ts'), {
      env: { ...process.env, PRERENDER_LIMIT: 'abc' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'npm run build: invalid environment variable:\n  PRERENDER_LIMIT="abc": must be a whole',
    );
    expect(run.stdout).toBe('');
  });

  it('npm run check counts a named file that does not parse as read', () => {
    const dir = tempDir('named-');
    fs.mkdirSync(path.join(dir, 'biology'));
    fs.writeFileSync(path.join(dir, 'biology', 'broken.md'), '---\nid: [\n---\n');
    const run = spawnSync(node, [...bundled('scripts/check.ts'), path.join(dir, 'biology', 'broken.md')], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: dir, CONTENT_CACHE: '0' },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/✗ 1 error in 1 file, 0 warnings; 1 files read in the named paths \(1 read in all\)\n$/);
  });
});
