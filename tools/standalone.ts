// A standalone build of another content folder (the bench's corpus, the cold-start test's fixture) in a copy of
// the project under the temporary folder: the project's own store, build and tsconfig.json are never touched,
// so a killed bench leaves nothing behind in the repository.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipelineArgs, run, type RunResult } from './bench/measure';

/** What the copy leaves out: outputs, the content (the build reads CONTENT_DIR), and node_modules (hard-linked). */
const SKIP = /^(node_modules|\.git|\.next.*|\.content-store.*|\.data|content|test-results|playwright-report|\.vercel)$/;

export type StandaloneBuild = { store: RunResult; build: RunResult; root: string; distDir: string; dir: string };

/** Where a build named `name` lives; the bench removes it when it is done. */
export const standaloneRoot = (name: string) => path.join(os.tmpdir(), `qt-build-${name}`);

/** A fresh copy of the project at `root`, keeping an earlier copy's .next/cache as Vercel restores its build cache. */
function copyProject(root: string) {
  const cache = path.join(root, '.next', 'cache');
  const kept = `${root}.cache`;
  fs.rmSync(kept, { recursive: true, force: true });
  if (fs.existsSync(cache)) fs.renameSync(cache, kept);
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(root, { recursive: true });
  if (fs.existsSync(kept)) {
    fs.mkdirSync(path.dirname(cache), { recursive: true });
    fs.renameSync(kept, cache);
  }
  for (const entry of fs.readdirSync(process.cwd())) {
    if (!SKIP.test(entry)) fs.cpSync(entry, path.join(root, entry), { recursive: true });
  }
  // Hard links: a real folder to Turbopack (which refuses a symlinked node_modules), made in under a second.
  execFileSync('cp', ['-al', path.join(process.cwd(), 'node_modules'), path.join(root, 'node_modules')]);
}

export async function buildStandalone(name: string, env: Record<string, string>): Promise<StandaloneBuild> {
  const root = standaloneRoot(name);
  copyProject(root);
  const full = { ...env, NEXT_OUTPUT: 'standalone', NEXT_DIST_DIR: '' };
  const bin = (tool: string) => path.join(root, 'node_modules', '.bin', tool);
  // The store and the index the search page and /mcp read (a fresh clone has none in public/).
  const store = await run(process.execPath, pipelineArgs('scripts/prebuild.ts', '--json'), full, root);
  if (store.code !== 0) throw new Error(`the prebuild failed:\n${store.stdout.slice(-3000)}`);
  const build = await run(bin('next'), ['build'], full, root);
  if (build.code !== 0) throw new Error(`next build failed:\n${build.stdout.slice(-3000)}`);
  return { store, build, root, ...servable(root) };
}

/** The Vercel CLI the deploy figures are measured with, pinned. */
export const VERCEL_CLI = 'vercel@58.10.0';

/**
 * `vercel build` offline, as a deploy runs it (npm run build, so the prebuild first), into .vercel/output of a
 * copy of the project; standalone output as well, so the same build serves the cold-start figures.
 */
export async function buildForVercel(name: string, env: Record<string, string>): Promise<StandaloneBuild> {
  const root = standaloneRoot(name);
  copyProject(root);
  fs.mkdirSync(path.join(root, '.vercel'));
  fs.writeFileSync(
    path.join(root, '.vercel', 'project.json'),
    JSON.stringify({ projectId: 'prj_local', orgId: 'team_local', settings: { framework: 'nextjs' } }),
  );
  const full = { ...env, NEXT_OUTPUT: 'standalone', NEXT_DIST_DIR: '', NEXT_TELEMETRY_DISABLED: '1' };
  const build = await run('npx', ['--yes', VERCEL_CLI, 'build', '--yes'], full, root);
  if (build.code !== 0) throw new Error(`vercel build failed:\n${build.stdout.slice(-3000)}`);
  return { store: build, build, root, ...servable(root) };
}

/** The standalone folder made servable: a deployment serves public/ and the static chunks from the CDN. */
function servable(root: string) {
  const distDir = path.join(root, '.next');
  const dir = path.join(distDir, 'standalone');
  // A deployment serves these from the CDN; the standalone folder leaves them out.
  fs.cpSync(path.join(root, 'public'), path.join(dir, 'public'), { recursive: true });
  fs.cpSync(path.join(distDir, 'static'), path.join(dir, '.next', 'static'), { recursive: true });
  return { distDir, dir };
}
