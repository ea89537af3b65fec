// node scripts/run.mjs scripts/<name>.ts [args]: runs a pipeline script as one esbuild bundle, with the worker
// threads' tasks bundled beside it, instead of through tsx. tsx compiles every module as it loads, again in each
// thread (on a fresh machine, such as Vercel's, about 2.6 s a thread), and in a thread turns the ESM packages of the
// renderer into CommonJS, whose exports are getters. Bundling takes about 0.2 s; docs/performance.md has the figures.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, stop } from 'esbuild';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
/** The tasks pipeline/workers/pool.ts hands its threads; bundled, it looks for them beside itself. */
const TASKS = ['parse-task', 'render-task', 'search-task'].map((task) => `pipeline/workers/${task}.ts`);
/**
 * Where bundles go, the first that can be written: inside the project, so that their imports of packages find
 * node_modules. .next/cache is the fallback only, as Vercel keeps it between builds and counts it.
 */
const FOLDERS = [path.join('node_modules', '.cache', 'pipeline'), path.join('.next', 'cache', 'pipeline')];
/** Bundles of other sources are removed a day after they were last used: a long build may still start threads. */
const KEEP_MS = 24 * 3600 * 1000;

const [entry, ...args] = process.argv.slice(2);
if (!entry?.endsWith('.ts')) {
  console.error('usage: node scripts/run.mjs <script.ts> [arguments]');
  process.exit(2);
}
const name = path.basename(entry, '.ts');
if (TASKS.some((task) => path.basename(task, '.ts') === name)) {
  console.error(`scripts/run.mjs: ${entry} has the name of a worker task`);
  process.exit(2);
}

/** The bundle's files, for a folder as deep as `<folder>/<hash>`: the source maps' relative paths stay true. */
async function bundle() {
  try {
    const { outputFiles } = await build({
      absWorkingDir: root,
      entryPoints: [path.resolve(entry), ...TASKS],
      outdir: path.join(root, FOLDERS[0], 'bundle'),
      entryNames: '[name]',
      outExtension: { '.js': '.mjs' },
      bundle: true,
      packages: 'external',
      platform: 'node',
      format: 'esm',
      target: `node${process.versions.node.split('.')[0]}`,
      tsconfig: 'tsconfig.json',
      write: false,
      // An error's stack names the TypeScript source's lines.
      sourcemap: 'linked',
      logLevel: 'error',
    });
    return outputFiles;
  } catch {
    // esbuild has printed each error with its file and line.
    process.exit(1);
  } finally {
    await stop();
  }
}

/** Puts the files in `<folder>/<hash>` (staged, then renamed: a reader never sees half of them); that folder. */
function place(folder, files) {
  // Named by their hash: processes started from different sources never share a folder.
  const hash = createHash('sha256');
  for (const file of files) hash.update(path.basename(file.path)).update(file.contents);
  const dir = path.join(folder, hash.digest('hex').slice(0, 16));
  for (const old of fs.existsSync(folder) ? fs.readdirSync(folder) : []) {
    const other = path.join(folder, old);
    // Undefined for a folder another process removed meanwhile.
    const used = fs.statSync(other, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
    if (other !== dir && Date.now() - used > KEEP_MS) fs.rmSync(other, { recursive: true, force: true });
  }
  if (!fs.existsSync(dir)) {
    const staging = `${dir}.tmp-${process.pid}`;
    fs.mkdirSync(staging, { recursive: true });
    for (const file of files) fs.writeFileSync(path.join(staging, path.basename(file.path)), file.contents);
    try {
      fs.renameSync(staging, dir);
    } catch (error) {
      // Another process put the same bundle there first.
      fs.rmSync(staging, { recursive: true, force: true });
      if (!fs.existsSync(dir)) throw error;
    }
  }
  fs.utimesSync(dir, new Date(), new Date());
  return dir;
}

const files = await bundle();
let dir;
for (const folder of FOLDERS) {
  try {
    dir = place(path.join(root, folder), files);
    break;
  } catch (error) {
    if (!['EACCES', 'EPERM', 'EROFS'].includes(error.code)) throw error;
  }
}
if (!dir) {
  console.error(`scripts/run.mjs: cannot write the pipeline's bundle into ${FOLDERS.join(' or ')}`);
  process.exit(1);
}
process.setSourceMapsEnabled(true);
process.argv = [process.argv[0], path.join(dir, `${name}.mjs`), ...args];
await import(pathToFileURL(process.argv[1]).href);
