// What a deploy uploads and stores: `vercel build`'s .vercel/output, counted as the CLI would upload it.
import fs from 'node:fs';
import path from 'node:path';

export type DeployFigures = {
  files: number;
  mb: number;
  functions: number;
  largestFunction: { name: string; mb: number };
  prerenderManifestMb: number;
  prerenderConfigs: number;
};

/** Every file under `dir`; a symbolic link (Vercel links functions that share their code) counts as itself. */
function walk(dir: string, visit: (file: string, stat: fs.Stats) => void, follow = false) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(p, visit, follow);
    else visit(p, follow ? fs.statSync(p) : fs.lstatSync(p));
  }
}

/** One function's bytes: the files in its folder, and those its .vc-config.json maps in from the project. */
function functionBytes(func: string, root: string): number {
  let bytes = 0;
  walk(func, (_, stat) => (bytes += stat.size), true);
  const config = JSON.parse(fs.readFileSync(path.join(func, '.vc-config.json'), 'utf8')) as {
    filePathMap?: Record<string, string>;
  };
  for (const target of new Set(Object.values(config.filePathMap ?? {}))) {
    const at = path.resolve(root, target);
    if (fs.existsSync(at)) bytes += fs.statSync(at).size;
  }
  return bytes;
}

/** Files and bytes under .vercel/output (with the files functions map in from the project), and its functions. */
export function deployFigures(root: string): DeployFigures {
  const output = path.join(root, '.vercel', 'output');
  let files = 0;
  let bytes = 0;
  let prerenderConfigs = 0;
  const funcs: string[] = [];
  walk(output, (file, stat) => {
    files++;
    bytes += stat.size;
    if (file.endsWith('.prerender-config.json')) prerenderConfigs++;
    if (file.endsWith('.vc-config.json')) funcs.push(path.dirname(file));
    if (file.endsWith('.func') && stat.isSymbolicLink()) funcs.push(file);
  });
  // Functions that share their files are symlinks to one folder; each distinct folder counts once.
  const distinct = [...new Set(funcs.map((f) => fs.realpathSync(f)))];
  let largestFunction = { name: '', mb: 0 };
  let mapped = 0;
  for (const func of distinct) {
    const mb = functionBytes(func, root) / 1e6;
    let own = 0;
    walk(func, (_, stat) => (own += stat.size), true);
    mapped += mb - own / 1e6;
    if (mb > largestFunction.mb) largestFunction = { name: path.relative(output, func), mb };
  }
  const manifest = path.join(root, '.next', 'prerender-manifest.json');
  return {
    files,
    mb: bytes / 1e6 + mapped,
    functions: distinct.length,
    largestFunction,
    prerenderManifestMb: fs.existsSync(manifest) ? fs.statSync(manifest).size / 1e6 : 0,
    prerenderConfigs,
  };
}
