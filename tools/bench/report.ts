// What the bench's figures mean, and where its temporary folders are: the end of its output.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cacheFolder, dirKey } from '@/pipeline/content/cache';
import { shardCacheDir } from '@/pipeline/compile/store';

/** Two kinds of memory figure: one process's own peak, or the bench's samples of a whole process tree. */
export const MEMORY = {
  process: 'peak RSS of that one process (its maxRSS; worker threads are in it)',
  tree: 'peak RSS summed over the whole process tree, sampled by the bench every 200 ms',
  server: 'RSS of the standalone server (node server.js) right after its first request',
};

/** A label for each key that needs one; `-` in the value column is explained above the table. */
export const KEY_NOTES: Record<string, string> = {
  content_peak_mb: `npm run check's probe: ${MEMORY.process}`,
  prebuild_cold_peak_mb: `the prebuild (its node process with the worker threads): ${MEMORY.tree}`,
  prebuild_warm_peak_mb: `the prebuild (its node process with the worker threads): ${MEMORY.tree}`,
  build_peak_mb: `next build and its workers: ${MEMORY.tree}`,
  build_cache_mb:
    "the corpus's parse cache, shard and search states and store shards in .next/cache after the prebuild " +
    "(Vercel keeps 1 GB; Next's own Turbopack cache is not counted)",
  peer_peak_mb: `the peer's next build and its workers: ${MEMORY.tree}`,
  store_peak_mb: `the prebuild in the standalone build: ${MEMORY.process}`,
  search_peak_mb: `the search index probe: ${MEMORY.process}`,
  search_mb: 'every file of the served search index (public/search-index), in MB of 10^6 bytes',
  search_edit_s: 'the search index probe again after one sentence is added to one answer (library from the cache)',
  search_edit_written: 'files that update rewrote (the rest kept their bytes)',
  pagefind_mb: 'Pagefind 1.6 over the same articles (lean records), beside the served design in the same run',
  cold_rss_mb: MEMORY.server,
  cold_first_answer_ms: 'spawn of a fresh node server.js to the first byte of a long-tail article, median of 5',
  peer_cold_first_answer_ms: 'the same for the bare pattern (one file read and rendered per request), alternating',
  peer_cold_rss_mb: `the bare pattern's server: ${MEMORY.server}`,
  deploy_s: 'vercel build (vercel@58.10.0, offline): npm run build, the prebuild included, then packing',
  deploy_peak_mb: `vercel build: ${MEMORY.tree}`,
  deploy_cache_mb: "the build copy's whole .next/cache after vercel build, Turbopack's included (MB of 10^6 bytes)",
  deploy_files: 'files in .vercel/output, what the CLI uploads',
  deploy_mb: '.vercel/output, with the project files its functions map in (MB of 10^6 bytes)',
  deploy_largest_function_mb: 'the largest distinct function folder, with the files its .vc-config.json maps in',
  prerender_manifest_mb: '.next/prerender-manifest.json, which a cold instance reads',
  prerendered_pages: 'routes with a .prerender-config.json in .vercel/output',
};

type Figures = Record<string, number | null>;

/** Every key with its value (`-` when not measured) and what it is. */
export function formatFigures(result: Figures): string[] {
  const width = Math.max(...Object.keys(result).map((k) => k.length));
  return [
    'figures (JSON on stdout, last line); "-" means not measured in this run (its step was left out with --only, or it could not be read)',
    ...Object.entries(result).map(([key, value]) =>
      `${key.padEnd(width)}  ${String(value ?? '-').padEnd(8)}  ${KEY_NOTES[key] ?? ''}`.trimEnd(),
    ),
  ];
}

/** The prebuild's two memory figures: the bench's samples of its process tree and the process's own peak. */
export function prebuildMemory(treeMb: number, processMb: number | undefined): string {
  const own = processMb === undefined ? '' : `; ${Math.round(processMb)} MB peak of the prebuild's own node process`;
  return `memory: ${Math.round(treeMb)} MB peak summed over its process tree (sampled)${own}`;
}

/** The last line of a run's output that is a JSON object: the figures; progress lines may come after it on stderr. */
export function lastJson<T>(output: string): T | undefined {
  for (const line of output.trim().split('\n').reverse()) {
    if (!line.startsWith('{')) continue;
    try {
      return JSON.parse(line) as T;
    } catch {}
  }
  return undefined;
}

/** The folders a run of `articles` writes outside the project, and the caches it adds inside it. */
export function benchFolders(articles: number, corpus: string, buildRoot: string): string[] {
  const tmp = os.tmpdir();
  const searchOuts = fs.existsSync(tmp)
    ? fs
        .readdirSync(tmp)
        .filter((name) => name.startsWith(`qt-bench-${articles}-search-`))
        .map((name) => path.join(tmp, name))
    : [];
  const caches = fs.existsSync(cacheFolder())
    ? fs
        .readdirSync(cacheFolder())
        .filter((name) => name.includes(`-${dirKey(corpus)}-`))
        .map((name) => path.join(cacheFolder(), name))
    : [];
  return [corpus, buildRoot, ...searchOuts, ...caches, shardCacheDir(corpus)];
}

/** Removes the folders (unless `keep`) and says what happened to each that exists. */
export function cleanUp(folders: string[], keep: boolean): string[] {
  const present = folders.filter((f) => fs.existsSync(f));
  if (keep)
    return present.length
      ? [`--keep: left in place (delete them when done): ${present.join(', ')}`]
      : ['--keep: nothing to leave'];
  for (const folder of present) fs.rmSync(folder, { recursive: true, force: true });
  return [`removed the temporary folders and caches: ${present.join(', ') || 'none'} (--keep keeps them)`];
}
