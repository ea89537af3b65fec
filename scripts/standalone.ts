// A standalone build of another content folder (the bench's corpus, the cold-start test's fixture), beside
// the project's own build: its own distDir, and the project's store put back afterwards.
import fs from 'node:fs';
import path from 'node:path';
import { run, type RunResult } from './bench/measure';

const STORE = '.content-store';
const bin = (name: string) => path.join(process.cwd(), 'node_modules', '.bin', name);

export type StandaloneBuild = { store: RunResult; build: RunResult; dir: string };

export async function buildStandalone(distDir: string, env: Record<string, string>): Promise<StandaloneBuild> {
  const full = { ...env, NEXT_DIST_DIR: distDir, NEXT_OUTPUT: 'standalone' };
  fs.rmSync(distDir, { recursive: true, force: true });
  const saved = `${STORE}.saved-${process.pid}`;
  if (fs.existsSync(STORE)) fs.renameSync(STORE, saved);
  // next build adds the distDir to tsconfig.json; keep the file as committed.
  const tsconfig = fs.readFileSync('tsconfig.json', 'utf8');
  try {
    const store = await run(bin('tsx'), ['scripts/compile-store.ts'], full);
    if (store.code !== 0) throw new Error(`compiling the store failed:\n${store.stdout.slice(-3000)}`);
    const build = await run(bin('next'), ['build'], full);
    if (build.code !== 0) throw new Error(`next build failed:\n${build.stdout.slice(-3000)}`);
    const dir = path.join(distDir, 'standalone');
    // A deployment serves these from the CDN; the standalone folder leaves them out.
    fs.cpSync('public', path.join(dir, 'public'), { recursive: true });
    fs.cpSync(path.join(distDir, 'static'), path.join(dir, distDir, 'static'), { recursive: true });
    return { store, build, dir };
  } finally {
    fs.writeFileSync('tsconfig.json', tsconfig);
    fs.rmSync(STORE, { recursive: true, force: true });
    if (fs.existsSync(saved)) fs.renameSync(saved, STORE);
  }
}
