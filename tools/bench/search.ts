// Search designs for the benchmark: builds each index in a fresh process, then measures one query in Chromium.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import * as esbuild from 'esbuild';
import { CHROMIUM_ARGS, playwrightExecutablePath } from '../chromium';

/** `shards` is what the site serves (lib/search); `pagefind` is the comparison (tools/bench/pagefind.ts). */
export const SEARCH_DESIGNS = ['shards', 'pagefind'] as const;
export type SearchDesign = (typeof SEARCH_DESIGNS)[number];

type Probe = (
  kind: string,
  extra: string[],
  env: Record<string, string>,
) => Promise<{ seconds: number; peakMb: number; written?: number }>;
type QueryFigures = { kb: number; ms: number; requests: number; matched: number };
export type SearchFigures = {
  seconds: number;
  peakMb: number;
  /** What the index puts on disk: all its files, their count, and bytes per article. */
  mb: number;
  files: number;
  bytesPerArticle: number;
  /** The served design only: the index brought up to date after a one-article edit (seconds, files written). */
  edit?: { seconds: number; written: number };
  typical: QueryFigures;
  heaviest: QueryFigures;
  typo: QueryFigures;
  prefix: QueryFigures;
  /** The 100k budgets this run missed (searchBudgetFailures); empty below 100,000 articles or when all hold. */
  failures?: string[];
};

const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

/** The served design's budgets at 100,000 articles: the bench fails when one is missed. */
export const SEARCH_BUDGETS = {
  articles: 100_000,
  indexSeconds: 120,
  typicalKb: 65,
  heaviestKb: 150,
  indexMb: 60,
  files: 5000,
};

/** What breaks a budget, as sentences; empty when all hold or the corpus is smaller than 100,000. */
export function searchBudgetFailures(f: SearchFigures, articles: number): string[] {
  if (articles < SEARCH_BUDGETS.articles) return [];
  const heaviest = Math.max(f.heaviest.kb, f.typo.kb, f.prefix.kb);
  return [
    f.seconds > SEARCH_BUDGETS.indexSeconds &&
      `index built in ${f.seconds} s (budget ${SEARCH_BUDGETS.indexSeconds} s)`,
    f.typical.kb > SEARCH_BUDGETS.typicalKb &&
      `two-word query ${f.typical.kb} KB (budget ${SEARCH_BUDGETS.typicalKb} KB)`,
    heaviest > SEARCH_BUDGETS.heaviestKb && `heaviest query ${heaviest} KB (budget ${SEARCH_BUDGETS.heaviestKb} KB)`,
    f.mb > SEARCH_BUDGETS.indexMb && `index ${f.mb} MB (budget ${SEARCH_BUDGETS.indexMb} MB)`,
    f.files > SEARCH_BUDGETS.files && `index ${f.files} files (budget ${SEARCH_BUDGETS.files})`,
  ].filter((failure): failure is string => typeof failure === 'string');
}

export async function measureSearchDesign(
  design: SearchDesign,
  corpus: string,
  articles: number,
  port: number,
  probe: Probe,
): Promise<SearchFigures> {
  if (!SEARCH_DESIGNS.includes(design))
    throw new Error(`--search-designs: "${design}" is not one of ${SEARCH_DESIGNS.join(', ')}`);
  const out = path.join(os.tmpdir(), `qt-bench-${articles}-search-${design}`);
  // Deleting the previous run's files (100,000+ for Pagefind at 100k) is not part of building an index.
  fs.rmSync(out, { recursive: true, force: true });
  const built = await probe('search', [out], { SEARCH_DESIGN: design });
  const size = folderSize(out);
  const edit = design === 'shards' ? await measureEdit(corpus, () => probe('search', [out], {})) : undefined;
  const engine = design === 'shards' ? await bundleEngine() : '';
  const prefix = design === 'shards' ? '/search-index/' : '/pagefind/';
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    if (url === '/') return res.end('<!doctype html><title>q</title>');
    if (url === '/engine.js') return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(engine);
    const file = path.join(out, url.slice(prefix.length));
    if (!url.startsWith(prefix) || !file.startsWith(out) || !fs.existsSync(file) || fs.statSync(file).isDirectory())
      return res.writeHead(404).end();
    const type = file.endsWith('.js')
      ? 'text/javascript'
      : file.endsWith('.wasm')
        ? 'application/wasm'
        : file.endsWith('.json')
          ? 'application/json'
          : 'application/octet-stream';
    const body = fs.readFileSync(file);
    // One byte range, as next start (send) and Vercel's CDN answer it.
    const range = /^bytes=(\d+)-(\d+)$/.exec(req.headers.range ?? '');
    if (!range) return res.writeHead(200, { 'Content-Type': type, 'Accept-Ranges': 'bytes' }).end(body);
    const [start, end] = [Number(range[1]), Math.min(Number(range[2]), body.length - 1)];
    res
      .writeHead(206, { 'Content-Type': type, 'Content-Range': `bytes ${start}-${end}/${body.length}` })
      .end(body.subarray(start, end + 1));
  });
  // BENCH_SEARCH_PORT: another port when several people bench on one machine.
  const listen = Number(process.env.BENCH_SEARCH_PORT) || port;
  port = listen;
  await new Promise<void>((resolve) => server.listen(listen, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: playwrightExecutablePath(), args: CHROMIUM_ARGS });
  try {
    const words = firstQuestionWords(corpus);
    const typical = await queryWeight(browser, port, design, words);
    // Every synthetic question has "shape": the longest possible list of matches.
    const heaviest = await queryWeight(browser, port, design, 'shape');
    // The second word misspelled (its third letter dropped): the dictionary files of a correction.
    const typo = await queryWeight(browser, port, design, words.replace(/ (\w\w)\w/, ' $1'));
    // "sha" as typed in the header: the prefix's most common completions, "shape" among them.
    const prefix = await queryWeight(browser, port, design, 'sha', true);
    const figures = {
      seconds: round(built.seconds, 2),
      peakMb: round(built.peakMb, 0),
      mb: round(size.bytes / 1e6, 1),
      files: size.files,
      bytesPerArticle: Math.round(size.bytes / articles),
      ...(edit ? { edit } : {}),
      typical,
      heaviest,
      typo,
      prefix,
    };
    // The bench goes on to its other figures and fails at the end (tools/bench.ts).
    const failures = design === 'shards' ? searchBudgetFailures(figures, articles) : [];
    return { ...figures, failures };
  } finally {
    await browser.close();
    server.close();
  }
}

/** What a fresh browser fetches (gzipped where a server would gzip) to run one query and show its top 10. */
async function queryWeight(
  browser: Browser,
  port: number,
  design: SearchDesign,
  query: string,
  typing = false,
): Promise<QueryFigures> {
  const page = await (await browser.newContext()).newPage();
  let bytes = 0;
  let requests = 0;
  page.on('response', async (response) => {
    if (new URL(response.url()).pathname === '/') return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    requests++;
    // A server gzips text; binary files (.bin, .wasm, Pagefind's .pf_*) and byte ranges go as they are.
    bytes += /\.(js|json|css)$/.test(response.url()) ? zlib.gzipSync(body).length : body.length;
  });
  await page.goto(`http://127.0.0.1:${port}/`);
  const started = Date.now();
  const matched = await page.evaluate(
    async ({ q, design, script, typing }) => {
      if (design === 'shards') {
        const engine = await import(/* webpackIgnore: true */ script);
        return (await engine.search(q, { limit: 10, typing })).total as number;
      }
      const pf = await import(/* webpackIgnore: true */ script);
      const search = await pf.search(q);
      await Promise.all(search.results.slice(0, 10).map((r: { data: () => Promise<unknown> }) => r.data()));
      return search.results.length as number;
    },
    { q: query, design, script: design === 'shards' ? '/engine.js' : '/pagefind/pagefind.js', typing },
  );
  const ms = Date.now() - started;
  await page.waitForTimeout(300);
  await page.context().close();
  console.error(
    `search ${design}: "${query}"${typing ? ' (typing)' : ''} matched ${matched} articles: ` +
      `${round(bytes / 1024)} KB in ${requests} requests, ${ms} ms`,
  );
  return { kb: round(bytes / 1024), ms, requests, matched };
}

/** The site's search client as one minified module, as the browser would load it from a Next chunk. */
async function bundleEngine(): Promise<string> {
  const built = await esbuild.build({
    entryPoints: ['lib/search/client.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    alias: { '@': process.cwd() },
  });
  return built.outputFiles[0]?.text ?? '';
}

/** Two words of the first article's question ("How does X Y shape ..."), a query with real matches. */
function firstQuestionWords(corpus: string): string {
  const subject =
    fs
      .readdirSync(corpus)
      .filter((name) => !name.startsWith('.'))
      .sort()[0] ?? '';
  const file = path.join(corpus, subject, fs.readdirSync(path.join(corpus, subject)).sort()[0] ?? '');
  return (
    fs
      .readFileSync(file, 'utf8')
      .match(/question: >-\n {4}How does (\w+) (\w+)/)
      ?.slice(1, 3)
      .join(' ') ?? 'kalo'
  );
}

/** Bytes and files under a folder. */
function folderSize(folder: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/** A writer's one-sentence fix to the first article, then the index brought up to date; the file is put back. */
async function measureEdit(corpus: string, update: () => ReturnType<Probe>) {
  const subject =
    fs
      .readdirSync(corpus)
      .filter((name) => !name.startsWith('.'))
      .sort()[0] ?? '';
  const edited = path.join(corpus, subject, fs.readdirSync(path.join(corpus, subject)).sort()[0] ?? '');
  const source = fs.readFileSync(edited, 'utf8');
  try {
    fs.writeFileSync(edited, source.replace('answer: >-\n    ', 'answer: >-\n    One more sentence from the writer. '));
    const figures = await update();
    return { seconds: round(figures.seconds, 2), written: figures.written ?? -1 };
  } finally {
    fs.writeFileSync(edited, source);
  }
}
