// npm run loadtest: drives the production server on loopback for 60 s at 100 connections
// (80% known articles, 20% unknown slugs) and fails on any 5xx, any unknown slug not answering 404,
// or server memory growing beyond noise. Needs a finished `npm run build`.
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { toolEnv } from '@/lib/config';
import { libraryOf } from '@/pipeline/content/library';
import { scanContent } from '@/pipeline/scan';
import { start, treeRssMb, waitForServer } from './bench/measure';

const {
  LOADTEST_PORT: PORT = 3466,
  LOADTEST_SECONDS: SECONDS = 60,
  LOADTEST_LOG: LOG = 'test-results/loadtest-server.log',
} = toolEnv();
const base = `http://127.0.0.1:${PORT}`;
const urls = libraryOf((await scanContent()).articles, { drafts: false }).articles.map((a) => a.url);

fs.mkdirSync(path.dirname(LOG), { recursive: true });
const server = start('node_modules/.bin/next', ['start', '-p', String(PORT)], {}, LOG);
const stop = () => server.pid && process.kill(-server.pid, 'SIGTERM');
try {
  await waitForServer(`${base}/`);
  let n = 0;
  let unknownNot404 = 0;
  const known = {
    setupRequest: (request: autocannon.Request) => ({ ...request, path: urls[(n++ * 7919) % urls.length] ?? '/' }),
  };
  // autocannon cycles through this list on every connection: four known articles, then one unknown slug.
  const unknown = {
    setupRequest: (request: autocannon.Request) => ({
      ...request,
      path: `/learn/biology/questions/no-such-question-${n++}`,
    }),
    onResponse: (status: number) => {
      if (status !== 404) unknownNot404++;
    },
  };
  const requests = [known, known, known, known, unknown];
  // The warm-up sends the same mix, so every page is in Next's caches and the JIT is warm before memory is
  // read; a warm-up on one page let a CI run start at 211 MB and fail on ordinary cache growth to 353 MB.
  await autocannon({ url: base, connections: 100, duration: 15, requests });
  const memoryStart = treeRssMb(server.pid ?? 0);
  const result = await autocannon({ url: base, connections: 100, duration: SECONDS, requests });
  const memoryEnd = treeRssMb(server.pid ?? 0);
  const fiveXx = result['5xx'];
  const summary = {
    requests_per_s: Math.round(result.requests.average),
    latency_p50_ms: result.latency.p50,
    latency_p99_ms: result.latency.p99,
    total: result.requests.total,
    status_2xx: result['2xx'],
    status_4xx: result['4xx'],
    status_5xx: fiveXx,
    errors: result.errors,
    timeouts: result.timeouts,
    unknown_not_404: unknownNot404,
    memory_start_mb: Math.round(memoryStart),
    memory_end_mb: Math.round(memoryEnd),
  };
  console.log(JSON.stringify(summary, null, 2));
  const grew = memoryEnd > memoryStart * 1.25 + 50;
  // A handful of 10 s client timeouts (0.02-0.06% in CI runs, with no server error logged) come from the
  // saturated 2-core machine; more than 0.5% of requests, or any other error, fails.
  const tooManyTimeouts = summary.timeouts > summary.total / 200;
  const ok = fiveXx === 0 && unknownNot404 === 0 && summary.errors === summary.timeouts && !tooManyTimeouts && !grew;
  if (!ok) console.log(`server log: ${LOG}`);
  console.log(ok ? '1 passed, 0 failed' : '0 passed, 1 failed');
  process.exitCode = ok ? 0 : 1;
} finally {
  stop();
}
