// npm run bench -- --articles N [--only content,prebuild,store,deploy,build,peer,search,serve,weight]
//   [--prerender-limit K] [--search-designs shards,pagefind] [--keep]
// Generates a corpus in a temporary folder ($TMPDIR/qt-bench-N; the build copy in $TMPDIR/qt-build-bench-N), measures,
// prints what each figure is, a verdict against the targets (bench/targets.ts) and, last, one JSON line on stdout.
// Progress and the rest go to stderr. The temporary folders are removed at the end unless --keep.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import { writeCorpus } from './bench/corpus';
import { measurePrebuild } from './bench/prebuild';
import { measureSearchDesign, type SearchDesign } from './bench/search';
import { dirSizeMb, percentile, pipelineArgs, run, start, treeRssMb, waitForServer } from './bench/measure';
import { buildPeer } from './bench/peer';
import { benchFolders, cleanUp, formatFigures, lastJson, prebuildMemory } from './bench/report';
import { formatVerdicts, verdicts } from './bench/targets';
import { DEFAULT_PRERENDER_LIMIT } from '@/lib/config';
import { prerenderedArticles } from '@/pipeline/compile/prerender';
import { shardCacheDir } from '@/pipeline/compile/store';
import { cacheFolder, dirKey } from '@/pipeline/content/cache';
import { libraryOf } from '@/pipeline/content/library';
import type { PrebuildFigures } from '@/pipeline/prebuild';
import { Progress } from '@/pipeline/progress';
import { scanContent } from '@/pipeline/scan';
import { coldRequest, largestFunction } from './bench/standalone';
import { deployFigures } from './bench/deploy';
import { buildForVercel, buildStandalone, standaloneRoot } from './standalone';

const { values: args } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    only: { type: 'string', default: 'content,prebuild,build,search,serve,weight' },
    'prerender-limit': { type: 'string' },
    'search-designs': { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const articles = Number(args.articles);
if (!Number.isInteger(articles) || articles < 1)
  throw new Error(`--articles must be a whole number, got "${args.articles}"`);
const only = new Set(args.only.split(','));
const prerenderLimit = args['prerender-limit'];
const dir = path.join(os.tmpdir(), `qt-bench-${articles}`);
const buildRoot = standaloneRoot(`bench-${articles}`);
const distDir = path.join(buildRoot, '.next');
const PORT = 3455;
const env: Record<string, string> = {
  CONTENT_DIR: dir,
  ...(prerenderLimit ? { PRERENDER_LIMIT: prerenderLimit } : {}),
};
const STORE = '.content-store';

const result: Record<string, number | null> = Object.fromEntries(
  [
    'articles',
    'content_cold_s',
    'content_warm_s',
    'content_peak_mb',
    'prebuild_cold_s',
    'prebuild_cold_peak_mb',
    'prebuild_warm_s',
    'prebuild_warm_peak_mb',
    'build_cache_mb',
    'build_s',
    'build_pages_per_s',
    'build_peak_mb',
    'next_output_mb',
    'next_output_kb_per_article',
    'peer_build_s',
    'peer_pages_per_s',
    'peer_peak_mb',
    'peer_output_kb_per_article',
    'pages_per_s_vs_peer',
    'store_s',
    'store_peak_mb',
    'store_mb',
    'bundle_mb',
    'cold_first_byte_ms',
    'cold_first_byte_prerendered_ms',
    'cold_rss_mb',
    'cold_first_answer_ms',
    'peer_cold_first_answer_ms',
    'cold_vs_peer',
    'peer_cold_rss_mb',
    'deploy_s',
    'deploy_peak_mb',
    'deploy_cache_mb',
    'deploy_files',
    'deploy_mb',
    'deploy_functions',
    'deploy_largest_function_mb',
    'prerender_manifest_mb',
    'prerendered_pages',
    'search_index_s',
    'search_peak_mb',
    'search_mb',
    'search_files',
    'search_bytes_per_article',
    'search_edit_s',
    'search_edit_written',
    'query_kb',
    'query_ms',
    'query_typo_kb',
    'query_prefix_kb',
    'query_max_kb',
    'pagefind_index_s',
    'pagefind_mb',
    'pagefind_files',
    'pagefind_query_kb',
    'pagefind_query_max_kb',
    'html_gz_kb',
    'js_gz_kb',
    'js_baseline_gz_kb',
    'serve_rps',
    'serve_p99_ms',
    'isr_first_p95_ms',
  ].map((k) => [k, null]),
);
result.articles = articles;
/** Budgets a run missed: printed, and the exit code, once every figure is measured. */
const budgetFailures: string[] = [];
const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
const progress = new Progress();
const log = (line: string) => progress.log(line);

async function probe(kind: string, extra: string[] = [], probeEnv: Record<string, string> = {}) {
  const out = await run(process.execPath, pipelineArgs('tools/bench/probe.ts', kind, dir, ...extra), probeEnv);
  const figures = out.code === 0 ? lastJson<{ seconds: number; peakMb: number }>(out.stdout) : undefined;
  if (!figures) throw new Error(`${kind} probe failed:\n${out.stdout.slice(-2000)}`);
  return figures;
}

async function measureContent() {
  fs.rmSync(path.join('.next', 'cache', 'content'), { recursive: true, force: true });
  const cold = await probe('content');
  const warm = await probe('content');
  Object.assign(result, {
    content_cold_s: round(cold.seconds),
    content_warm_s: round(warm.seconds),
    content_peak_mb: round(Math.max(cold.peakMb, warm.peakMb), 0),
  });
}

/** What this corpus leaves in .next/cache after the prebuild: its parse cache, shard state, search state and shards. */
function corpusCacheMb() {
  const folder = cacheFolder();
  const mine = fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => name.includes(`-${dirKey(dir)}-`)) : [];
  const files = mine.reduce((sum, name) => sum + fs.statSync(path.join(folder, name)).size, 0) / 1e6;
  return files + dirSizeMb(shardCacheDir(dir));
}

async function measurePrebuildSteps() {
  const { cold, warm } = await measurePrebuild(dir, env, (line) => progress.detail(line));
  for (const [name, out] of [
    ['cold', cold],
    ['warm after a one-article edit', warm],
  ] as const) {
    const own = lastJson<{ peakMb?: number; seconds?: Record<string, number> }>(out.stdout);
    log(
      `prebuild ${name}: ${round(out.seconds, 1)} s (steps ${JSON.stringify(own?.seconds ?? {})}); ` +
        `${prebuildMemory(out.peakMb, own?.peakMb)}`,
    );
  }
  Object.assign(result, {
    prebuild_cold_s: round(cold.seconds, 1),
    prebuild_cold_peak_mb: round(cold.peakMb, 0),
    prebuild_warm_s: round(warm.seconds, 1),
    prebuild_warm_peak_mb: round(warm.peakMb, 0),
    build_cache_mb: round(corpusCacheMb(), 1),
  });
}

/** Builds the index with each design: the served one's figures are the search keys, Pagefind's its own beside them. */
async function measureSearch() {
  const designs = (args['search-designs'] ?? 'shards').split(',') as SearchDesign[];
  for (const design of designs) {
    const f = await measureSearchDesign(design, dir, articles, PORT + 1, probe);
    const max = Math.max(f.heaviest.kb, f.typo.kb, f.prefix.kb);
    log(
      `search design ${design}: index ${f.seconds} s, peak ${f.peakMb} MB, ${f.mb} MB in ${f.files} files ` +
        `(${f.bytesPerArticle} bytes an article)` +
        (f.edit ? `, after a one-article edit ${f.edit.seconds} s writing ${f.edit.written} files` : '') +
        `; query ${f.typical.kb} KB, typo ${f.typo.kb} KB, prefix ${f.prefix.kb} KB, heaviest query ${f.heaviest.kb} KB`,
    );
    for (const failure of f.failures ?? []) budgetFailures.push(`search: ${failure}`);
    if (design === 'pagefind')
      Object.assign(result, {
        pagefind_index_s: f.seconds,
        pagefind_mb: f.mb,
        pagefind_files: f.files,
        pagefind_query_kb: f.typical.kb,
        pagefind_query_max_kb: max,
      });
    else
      Object.assign(result, {
        search_index_s: f.seconds,
        search_peak_mb: f.peakMb,
        search_mb: f.mb,
        search_files: f.files,
        search_bytes_per_article: f.bytesPerArticle,
        search_edit_s: f.edit?.seconds ?? null,
        search_edit_written: f.edit?.written ?? null,
        query_kb: f.typical.kb,
        query_ms: f.typical.ms,
        query_typo_kb: f.typo.kb,
        query_prefix_kb: f.prefix.kb,
        query_max_kb: max,
      });
  }
}

/** The prebuild's store step, then a standalone next build (buildStandalone). */
async function measureBuild() {
  const { store, build: out } = await buildStandalone(`bench-${articles}`, env);
  const storeFigures = lastJson<PrebuildFigures>(store.stdout);
  Object.assign(result, {
    store_s: round(storeFigures?.seconds.store ?? NaN, 1),
    store_peak_mb: round(storeFigures?.peakMb ?? NaN, 0),
    store_mb: round(dirSizeMb(path.join(distDir, 'standalone', STORE)), 1),
  });
  const largest = largestFunction(buildRoot);
  log(`largest function: ${largest.route}, ${round(largest.mb, 1)} MB`);
  result.bundle_mb = round(largest.mb, 1);
  const { pages, seconds } = staticGeneration(out.stdout);
  const outputMb = outputSizeMb(distDir);
  Object.assign(result, {
    build_s: round(out.seconds, 1),
    build_pages_per_s: seconds ? round(pages / seconds, 1) : null,
    build_peak_mb: round(out.peakMb, 0),
    next_output_mb: round(outputMb, 1),
    next_output_kb_per_article: round((outputMb * 1024) / articles, 1),
  });
  log(`build: ${pages} pages generated in ${seconds} s`);
}

/** Pages and seconds of next build's static generation, read from its log. */
function staticGeneration(stdout: string) {
  const match = /Generating static pages using \d+ workers? \((\d+)\/(\d+)\) in ([\d.]+)(ms|s|min)/.exec(stdout);
  const unit = match?.[4] === 'ms' ? 0.001 : match?.[4] === 'min' ? 60 : 1;
  return { pages: Number(match?.[2] ?? 0), seconds: Number(match?.[3] ?? 0) * unit };
}

/** What a build leaves in its folder, without the cache and the standalone copy. */
const outputSizeMb = (dist: string) =>
  dirSizeMb(dist) - dirSizeMb(path.join(dist, 'cache')) - dirSizeMb(path.join(dist, 'standalone'));

/** The blog-starter-pattern peer over the same corpus, built right after ours so both see the same load. */
async function measurePeer() {
  const { build, distDir: peerDist } = await buildPeer(dir, 1);
  const { pages, seconds } = staticGeneration(build.stdout);
  const outputMb = outputSizeMb(peerDist);
  Object.assign(result, {
    peer_build_s: round(build.seconds, 1),
    peer_pages_per_s: seconds ? round(pages / seconds, 1) : null,
    peer_peak_mb: round(build.peakMb, 0),
    peer_output_kb_per_article: round((outputMb * 1024) / articles, 1),
  });
  if (result.build_pages_per_s && result.peer_pages_per_s)
    result.pages_per_s_vs_peer = round(result.build_pages_per_s / result.peer_pages_per_s, 2);
  log(`peer: ${pages} pages generated in ${seconds} s (1 worker)`);
  fs.rmSync(path.dirname(peerDist), { recursive: true, force: true });
}

/** The standalone server, reading only what its folder holds (the bench corpus is never beside it). */
async function withServer<T>(fn: (base: string) => Promise<T>): Promise<T> {
  const server = start('node', ['server.js'], { PORT: String(PORT) }, undefined, path.join(distDir, 'standalone'));
  const base = `http://127.0.0.1:${PORT}`;
  try {
    await waitForServer(`${base}/learn`);
    return await fn(base);
  } finally {
    log(`server memory at end: ${round(treeRssMb(server.pid ?? 0), 0)} MB (RSS of node server.js and its children)`);
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}

async function articleUrls() {
  const { articles } = await scanContent({ dir });
  const library = libraryOf(articles, { drafts: false });
  const all = library.articles.map((a) => a.url);
  const limit = prerenderLimit === undefined ? DEFAULT_PRERENDER_LIMIT : Number(prerenderLimit);
  const prerendered = new Set(prerenderedArticles(library, limit).map((a) => a.url));
  return { all, prerendered: all.filter((u) => prerendered.has(u)), onDemand: all.filter((u) => !prerendered.has(u)) };
}

/** `vercel build` of the corpus: what the deploy uploads and keeps, and its standalone copy for the serve step. */
async function measureDeploy() {
  const { build } = await buildForVercel(`bench-${articles}`, env);
  const f = deployFigures(buildRoot);
  log(
    `deploy: ${f.files} files, ${round(f.mb, 1)} MB in .vercel/output (${f.prerenderConfigs} prerendered ` +
      `routes; ${f.functions} functions, the largest ${f.largestFunction.name} at ${round(f.largestFunction.mb, 1)} ` +
      `MB); prerender-manifest.json ${round(f.prerenderManifestMb, 2)} MB; vercel build ${round(build.seconds, 1)} s`,
  );
  Object.assign(result, {
    deploy_s: round(build.seconds, 1),
    deploy_peak_mb: round(build.peakMb, 0),
    deploy_cache_mb: round(dirSizeMb(path.join(buildRoot, '.next', 'cache')), 1),
    deploy_files: f.files,
    deploy_mb: round(f.mb, 1),
    deploy_functions: f.functions,
    deploy_largest_function_mb: round(f.largestFunction.mb, 1),
    prerender_manifest_mb: round(f.prerenderManifestMb, 2),
    prerendered_pages: f.prerenderConfigs,
  });
}

/** Spawn to first byte of fresh servers, ours and the bare pattern's, alternating, over the same long-tail article. */
async function coldAgainstPeer(url: string, contentDir: string, rounds = 5) {
  const { distDir: peerDist } = await buildPeer(contentDir, 1, true);
  const ours: number[] = [];
  const peer: number[] = [];
  let peerRss = 0;
  for (let i = 0; i < rounds; i++) {
    const mine = await coldRequest(distDir, url, PORT);
    const theirs = await coldRequest(peerDist, url, PORT + 2, { CONTENT_DIR: contentDir });
    if (mine.status !== 200 || theirs.status !== 200) throw new Error(`a cold request of ${url} did not answer 200`);
    ours.push(mine.readyMs + mine.firstByteMs);
    peer.push(theirs.readyMs + theirs.firstByteMs);
    peerRss = Math.max(peerRss, theirs.rssMb);
  }
  fs.rmSync(path.dirname(peerDist), { recursive: true, force: true });
  const median = (values: number[]) => percentile(values, 50);
  log(
    `cold, spawn to first byte, ${rounds} alternating rounds: ours ${ours.map((n) => round(n, 0)).join(', ')} ms; ` +
      `the bare pattern ${peer.map((n) => round(n, 0)).join(', ')} ms`,
  );
  Object.assign(result, {
    cold_first_answer_ms: round(median(ours), 0),
    peer_cold_first_answer_ms: round(median(peer), 0),
    cold_vs_peer: round(median(ours) / median(peer), 2),
    peer_cold_rss_mb: round(peerRss, 0),
  });
}

/** Two fresh servers with no cache and the corpus moved away: first a long-tail article, then a prerendered one. */
async function measureCold(urls: Awaited<ReturnType<typeof articleUrls>>) {
  const away = `${dir}.away`;
  fs.renameSync(dir, away);
  try {
    const longTailUrl = urls.onDemand.at(-1) ?? urls.all.at(-1) ?? '/';
    await coldAgainstPeer(longTailUrl, away);
    const longTail = await coldRequest(distDir, longTailUrl, PORT);
    const prerendered = await coldRequest(distDir, urls.prerendered.at(-1) ?? '/', PORT);
    log(
      `cold: long-tail ${longTail.status} in ${round(longTail.firstByteMs, 0)} ms (listening after ${round(longTail.readyMs, 0)} ms), ` +
        `prerendered ${prerendered.status} in ${round(prerendered.firstByteMs, 0)} ms; server RSS after the ` +
        `request ${round(longTail.rssMb, 0)} MB (long-tail) / ${round(prerendered.rssMb, 0)} MB (prerendered)`,
    );
    if (longTail.status !== 200 || prerendered.status !== 200) throw new Error('a cold request did not answer 200');
    Object.assign(result, {
      cold_first_byte_ms: round(longTail.firstByteMs, 0),
      cold_first_byte_prerendered_ms: round(prerendered.firstByteMs, 0),
      cold_rss_mb: round(Math.max(longTail.rssMb, prerendered.rssMb), 0),
    });
  } finally {
    fs.renameSync(away, dir);
  }
}

async function measureServe() {
  const urls = await articleUrls();
  await measureCold(urls);
  await withServer(async (base) => {
    const firsts: number[] = [];
    for (const url of urls.onDemand.slice(0, 40)) {
      const t = performance.now();
      const response = await fetch(base + url);
      await response.arrayBuffer();
      if (response.status === 200) firsts.push(performance.now() - t);
    }
    if (firsts.length) result.isr_first_p95_ms = round(percentile(firsts, 95), 0);
    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    const until = Date.now() + 15_000;
    let i = 0;
    const worker = async () => {
      while (Date.now() < until) {
        const n = i++;
        const url =
          n % 5 === 4
            ? `/learn/biology/questions/no-such-${n}`
            : (urls.prerendered[(n * 7919) % urls.prerendered.length] ?? '/');
        const t = performance.now();
        const response = await fetch(base + url);
        await response.arrayBuffer();
        latencies.push(performance.now() - t);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      }
    };
    await Promise.all(Array.from({ length: 32 }, worker));
    log(`serve: statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
    Object.assign(result, {
      serve_rps: round(latencies.length / 15, 0),
      serve_p99_ms: round(percentile(latencies, 99), 1),
    });
  });
}

async function pageWeight(base: string, url: string) {
  const html = await (await fetch(base + url)).text();
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)]
    .filter((m) => !/noModule/i.test(m[0]))
    .map((m) => m[1] ?? '');
  let js = 0;
  for (const src of new Set(scripts))
    js += zlib.gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length;
  return { html: zlib.gzipSync(html).length / 1024, js: js / 1024 };
}

async function measureWeight() {
  const urls = await articleUrls();
  await withServer(async (base) => {
    const article = await pageWeight(base, urls.prerendered[0] ?? '/');
    const baseline = await pageWeight(base, '/learn');
    Object.assign(result, {
      html_gz_kb: round(article.html, 1),
      js_gz_kb: round(article.js, 1),
      js_baseline_gz_kb: round(baseline.js, 1),
    });
  });
}

log(
  `machine: ${os.cpus().length} cores, ${round(os.totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}; corpus: ` +
    `${articles} articles in ${dir}; build copy in ${buildRoot}`,
);
const built = only.has('build') || only.has('deploy') || only.has('serve') || only.has('weight');
const steps: [string, boolean, () => Promise<unknown>][] = [
  ['content', only.has('content'), measureContent],
  ['prebuild', only.has('prebuild'), measurePrebuildSteps],
  [
    'store formats',
    only.has('store'),
    async () =>
      log((await run(process.execPath, pipelineArgs('tools/bench/probe.ts', 'store-formats', dir), {})).stdout.trim()),
  ],
  ['search', only.has('search'), measureSearch],
  ['deploy', only.has('deploy'), measureDeploy],
  // The deploy step's build serves the later steps: build again only when asked, or when there is no build.
  ['build', built && (only.has('build') || (!only.has('deploy') && !fs.existsSync(distDir))), measureBuild],
  ['peer', built && only.has('peer'), measurePeer],
  ['serve', built && only.has('serve'), measureServe],
  ['weight', built && only.has('weight'), measureWeight],
];
const chosen = steps.filter(([, on]) => on);
try {
  if (!fs.existsSync(dir) || fs.readdirSync(dir).length === 0 || !fs.existsSync(path.join(dir, `.count-${articles}`))) {
    progress.stage('corpus', articles, 'articles written');
    writeCorpus(dir, articles, (done) => progress.update(done));
    fs.writeFileSync(path.join(dir, `.count-${articles}`), '');
    progress.end();
  }
  for (const [i, [name, , measure]] of chosen.entries()) {
    progress.stage(`step ${i + 1} of ${chosen.length}: ${name}`);
    await measure();
    progress.end();
  }
} finally {
  progress.end();
  for (const line of cleanUp(benchFolders(articles, dir, buildRoot), args.keep)) log(line);
}
for (const line of formatFigures(result)) log(line);
for (const line of formatVerdicts(verdicts(result, articles), articles)) log(line);
console.log(JSON.stringify(result));
if (budgetFailures.length > 0) {
  log(`budgets missed at ${articles} articles: ${budgetFailures.join('; ')}`);
  process.exitCode = 1;
}
