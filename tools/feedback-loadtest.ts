// npm run loadtest:feedback: vote throughput. Starts `next start` on LOADTEST_PORT (after a build) against
// DATABASE_URL's PostgreSQL with TRUST_PROXY=1, and sends every vote with its own X-Forwarded-For address,
// as a proxy would for that many readers, so the 10-a-minute limit (which stays on) refuses none and no vote
// repeats another (one a client, article and day: the addresses are new in each run). Fails on
// any answer but 201, or when the rows added are not the 201s counted (plus at most one in flight per connection).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { siteEnv, toolEnv } from '@/lib/config';
import { start, waitForServer } from './bench/measure';

const {
  LOADTEST_PORT: PORT = 3466,
  LOADTEST_SECONDS: SECONDS = 30,
  LOADTEST_LOG: LOG = 'test-results/feedback-loadtest.log',
} = toolEnv();
const url = siteEnv().DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is not set: the vote load test measures a real PostgreSQL');
const CONNECTIONS = Number(process.argv[2] ?? 50);
const base = `http://127.0.0.1:${PORT}`;
const ARTICLE = '/learn/biology/questions/how-does-dna-replication-work';
// IPv6 clients count by their /64: 24 random bits for the run, then 32 bits of vote number.
const RUN = randomBytes(3).toString('hex');
const client = (n: number) =>
  `fd${RUN.slice(0, 2)}:${RUN.slice(2)}:${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}::1`;

fs.mkdirSync(path.dirname(LOG), { recursive: true });
const sql = postgres(url, { max: 1, onnotice: () => {} });
const rows = async () => (await sql`SELECT count(*)::int AS n FROM feedback_votes`)[0]!.n as number;
const server = start('node_modules/.bin/next', ['start', '-p', String(PORT)], { TRUST_PROXY: '1' }, LOG);
try {
  await waitForServer(`${base}/`);
  let n = 0;
  const requests = [
    {
      method: 'POST' as const,
      path: '/api/feedback',
      setupRequest: (request: autocannon.Request) => {
        n++;
        return {
          ...request,
          headers: {
            'content-type': 'application/json',
            'x-forwarded-for': client(n),
          },
          body: JSON.stringify({ url: ARTICLE, helpful: n % 4 !== 0 }),
        };
      },
    },
  ];
  await autocannon({ url: base, connections: 10, duration: 5, requests });
  const before = await rows();
  const result = await autocannon({ url: base, connections: CONNECTIONS, duration: SECONDS, requests });
  // Votes in flight when autocannon stops are stored but not counted by it: at most one per connection.
  await new Promise((r) => setTimeout(r, 2000));
  const added = (await rows()) - before;
  const summary = {
    connections: CONNECTIONS,
    seconds: SECONDS,
    votes_per_s: Math.round(result.requests.average),
    latency_p50_ms: result.latency.p50,
    latency_p99_ms: result.latency.p99,
    total: result.requests.total,
    status_2xx: result['2xx'],
    status_4xx: result['4xx'],
    status_5xx: result['5xx'],
    errors: result.errors,
    timeouts: result.timeouts,
    rows_added: added,
  };
  console.log(JSON.stringify(summary, null, 2));
  const ok =
    result['5xx'] === 0 &&
    result['4xx'] === 0 &&
    result.errors === 0 &&
    added >= result['2xx'] &&
    added <= result['2xx'] + CONNECTIONS;
  console.log(ok ? '1 passed, 0 failed' : `0 passed, 1 failed (server log: ${LOG})`);
  process.exitCode = ok ? 0 : 1;
} finally {
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
  await sql.end({ timeout: 5 });
}
