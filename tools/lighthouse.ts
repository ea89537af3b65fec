// npm run lighthouse: audits an article and a subject page on mobile with Debian's Chromium
// against `next start` (after a build) and prints the four category scores.
//   --runs N           audit each page N times and report the median performance run (default 1)
//   --no-hydration     also audit the same HTML with every script removed, to price hydration
import http from 'node:http';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';
import { toolEnv } from '@/lib/config';
import { start, waitForServer } from './bench/measure';
import { CHROMIUM_ARGS, findChromium } from './chromium';

const PORT = toolEnv().LIGHTHOUSE_PORT ?? 3477;
const STRIPPED_PORT = PORT + 1;
const base = `http://localhost:${PORT}`;
const PAGES = [
  '/learn/business-and-management/questions/how-does-operations-management-contribute-to-organizational-efficiency',
  '/learn/business-and-management',
  // Math (MathML and its stylesheet), an updated date, sources and "Questions that link here".
  '/learn/physics/questions/what-are-newtons-three-laws-of-motion',
];
const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: '1' }, 'no-hydration': { type: 'boolean', default: false } },
});
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number of runs, got "${args.runs}"`);
const withoutHydration = args['no-hydration'];
const chromePath = findChromium();

/** Serves the page's own HTML minus scripts; everything else (CSS, icons) comes from the real server. */
function strippedServer() {
  return http.createServer(async (req, res) => {
    const upstream = await fetch(base + (req.url ?? '/'));
    let body = Buffer.from(await upstream.arrayBuffer());
    const type = upstream.headers.get('content-type') ?? 'application/octet-stream';
    if (type.startsWith('text/html')) {
      const html = body
        .toString('utf8')
        .replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/g, '')
        .replace(/<link[^>]+rel="(?:preload|modulepreload)"[^>]+as="script"[^>]*>/g, '');
      body = Buffer.from(html);
    }
    res.writeHead(upstream.status, { 'content-type': type });
    res.end(body);
  });
}

const metric = (lhr: Result, id: string) => lhr.audits[id]?.displayValue ?? '-';

async function audit(url: string, port: number): Promise<Result[]> {
  const results: Result[] = [];
  for (let i = 0; i < runs; i++) {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', formFactor: 'mobile' });
    if (result) results.push(result.lhr);
  }
  return results.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
}

function report(label: string, lhrs: Result[]): Record<string, number> {
  const lhr = lhrs[Math.floor(lhrs.length / 2)];
  if (!lhr) throw new Error(`${label}: Lighthouse returned no result`);
  const scores = Object.fromEntries(
    Object.entries(lhr.categories).map(([key, c]) => [key, Math.round((c.score ?? 0) * 100)]),
  );
  const all = lhrs.map((r) => Math.round((r.categories.performance?.score ?? 0) * 100));
  console.log(
    `${label}: ${JSON.stringify(scores)}${runs > 1 ? ` (performance of ${runs} runs: ${all.join(', ')})` : ''}`,
  );
  const metrics = {
    FCP: 'first-contentful-paint',
    LCP: 'largest-contentful-paint',
    TBT: 'total-blocking-time',
    CLS: 'cumulative-layout-shift',
    SI: 'speed-index',
  };
  console.log(
    `  ${Object.entries(metrics)
      .map(([name, id]) => `${name} ${metric(lhr, id)}`)
      .join(', ')}`,
  );
  const bootup =
    (lhr.audits['bootup-time']?.details as { items?: { url: string; scripting: number }[] } | undefined)?.items ?? [];
  const top = bootup.slice(0, 4).map((i) => `${i.url.replace(/^https?:\/\/[^/]+/, '')} ${Math.round(i.scripting)} ms`);
  if (top.length) console.log(`  script time (4x CPU throttle): ${top.join('; ')}`);
  for (const [key, category] of Object.entries(lhr.categories)) {
    const failing = category.auditRefs
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ref.id);
    if (failing.length && key !== 'performance') console.log(`  ${key} below 100: ${failing.join(', ')}`);
  }
  return scores;
}

const server = start('node_modules/.bin/next', ['start', '-p', String(PORT)], {});
const stripped = withoutHydration ? strippedServer().listen(STRIPPED_PORT) : undefined;
const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
let failed = false;
try {
  await waitForServer(`${base}/learn`);
  for (const path of PAGES) {
    await fetch(base + path);
    const scores = report(path, await audit(base + path, chrome.port));
    if ((scores.performance ?? 0) < 95 || ['accessibility', 'best-practices', 'seo'].some((k) => scores[k] !== 100))
      failed = true;
    if (stripped)
      report(`${path} without scripts`, await audit(`http://localhost:${STRIPPED_PORT}${path}`, chrome.port));
  }
} finally {
  await chrome.kill();
  stripped?.close();
  try {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  } catch {}
}
console.log(failed ? 'below target (performance 95, others 100)' : 'all targets met');
process.exitCode = failed ? 1 : 0;
