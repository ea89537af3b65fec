import { execFileSync } from 'node:child_process';
import postgres from 'postgres';
import { toolEnv } from '@/lib/config';
import { freshPostgresSchema } from '@/lib/db/testing';
import { BAD, JSON_TYPE } from './feedback-bad-inputs';
import { roomInMinute, startServer } from './feedback-servers';
import { expect, SEED_RELATED, SEED_URL, test } from './fixtures';

// Servers of their own on one fresh PostgreSQL schema: two behind a "trusted proxy" (TRUST_PROXY=1: the proxy
// appends the client to X-Forwarded-For, after whatever the client sent), one without, where that header must
// not count.
const PORT = (toolEnv().E2E_PORT ?? 3210) + 5;
const URLS = [SEED_URL, ...SEED_RELATED];
let schema: Awaited<ReturnType<typeof freshPostgresSchema>>;
let sql: postgres.Sql;
const servers: { base: string; stop(): void }[] = [];

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'the API does not depend on the browser');
  test.setTimeout(120_000);
  schema = await freshPostgresSchema();
  test.skip(!schema, 'DATABASE_URL is not set (.ci/run sets it): these tests need a PostgreSQL');
  sql = postgres(schema!.url, { max: 2, onnotice: () => {} });
  const env = { DATABASE_URL: schema!.url };
  // npm run db:migrate, twice: the second run must find nothing to do.
  const migrate = () =>
    execFileSync('npx', ['tsx', 'scripts/db-migrate.ts'], { env: { ...process.env, ...env }, encoding: 'utf8' });
  expect(migrate()).toMatch(/applied migration 1, 2/);
  expect(migrate()).toMatch(/up to date/);
  servers.push(
    ...(await Promise.all([
      startServer(PORT, { ...env, TRUST_PROXY: '1' }),
      startServer(PORT + 1, { ...env, TRUST_PROXY: '1' }),
      startServer(PORT + 2, { ...env, TRUST_PROXY: '' }),
    ])),
  );
});

test.afterAll(async () => {
  for (const server of servers) server.stop();
  await sql?.end({ timeout: 5 });
  await schema?.drop();
});

const count = async (table: string) => (await sql.unsafe(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n as number;

test('every bad input is refused with its status and a message, and nothing is stored', async () => {
  const [base] = servers.map((s) => s.base);
  for (const bad of BAD) {
    const response = await fetch(`${base}${bad.path ?? '/api/feedback'}`, {
      method: 'POST',
      headers: { 'content-type': bad.type ?? JSON_TYPE, 'x-forwarded-for': '198.51.100.9', ...bad.headers },
      body: bad.body,
    });
    expect(response.status, bad.name).toBe(bad.status);
    expect((await response.text()).length, `${bad.name} says why`).toBeGreaterThan(10);
  }
  // A body with no Content-Length that streams past 4 KB.
  const stream = new ReadableStream({
    start(controller) {
      for (let i = 0; i < 5; i++) controller.enqueue(new TextEncoder().encode(' '.repeat(1000)));
      controller.close();
    },
  });
  const chunked = await fetch(`${base}/api/feedback`, {
    method: 'POST',
    headers: { 'content-type': JSON_TYPE },
    body: stream,
    duplex: 'half',
  } as RequestInit);
  expect(chunked.status).toBe(413);
  for (const table of ['feedback_votes', 'search_misses', 'rate_limit_hits']) expect(await count(table), table).toBe(0);
});

test('200 concurrent votes over two servers are 200 rows, and the report counts them', async () => {
  const votes = Array.from({ length: 200 }, (_, i) => ({ url: URLS[i % URLS.length]!, helpful: i % 3 !== 0 }));
  const statuses = await Promise.all(
    votes.map((v, i) =>
      fetch(`${servers[i % 2]!.base}/api/feedback`, {
        method: 'POST',
        // The same spoofed entry first, the proxy's entry last: 200 clients.
        headers: { 'content-type': JSON_TYPE, 'x-forwarded-for': `198.51.100.1, 10.26.${i >> 8}.${i & 255}` },
        body: JSON.stringify(v),
      }).then((r) => r.status),
    ),
  );
  expect(statuses.filter((s) => s !== 201)).toEqual([]);
  expect(await count('feedback_votes')).toBe(200);
  const out = execFileSync('npx', ['tsx', 'scripts/report.ts', '--json'], {
    env: { ...process.env, DATABASE_URL: schema!.url },
    encoding: 'utf8',
  });
  const report = JSON.parse(out) as {
    articles: { url: string; helpful: number; unhelpful: number; comments: string[] }[];
  };
  const expected = URLS.map((url) => ({
    url,
    helpful: votes.filter((v) => v.url === url && v.helpful).length,
    unhelpful: votes.filter((v) => v.url === url && !v.helpful).length,
  }));
  const got = report.articles.map(({ url, helpful, unhelpful }) => ({ url, helpful, unhelpful }));
  expect(got.sort((a, b) => a.url.localeCompare(b.url))).toEqual(expected.sort((a, b) => a.url.localeCompare(b.url)));
  expect(got.reduce((sum, a) => sum + a.helpful + a.unhelpful, 0)).toBe(200);
});

test('past 10 votes a minute one client gets 429, and an untrusted X-Forwarded-For does not make a new client', async () => {
  const untrusted = servers[2]!.base;
  await roomInMinute(15);
  const before = await count('feedback_votes');
  const statuses: number[] = [];
  let retryAfter: string | null = null;
  for (let i = 0; i < 12; i++) {
    const response = await fetch(`${untrusted}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': JSON_TYPE, 'x-forwarded-for': `203.0.113.${i}`, 'x-quicktakes-peer': `192.0.2.${i}` },
      body: JSON.stringify({ url: SEED_URL, helpful: true }),
    });
    statuses.push(response.status);
    retryAfter ??= response.headers.get('retry-after');
  }
  expect(statuses).toEqual([...Array(10).fill(201), 429, 429]);
  expect(Number(retryAfter)).toBeGreaterThan(0);
  // One client, one article: each repeat replaced the vote before it.
  expect(await count('feedback_votes')).toBe(before + 1);
  // Behind the trusted proxy the same header is the client: a new address is a new client.
  const trusted = await fetch(`${servers[0]!.base}/api/feedback`, {
    method: 'POST',
    headers: { 'content-type': JSON_TYPE, 'x-forwarded-for': '203.0.113.200' },
    body: JSON.stringify({ url: SEED_URL, helpful: true }),
  });
  expect(trusted.status).toBe(201);
});

test('behind TRUST_PROXY=1, entries a client writes into X-Forwarded-For make no new client', async () => {
  await roomInMinute(15);
  const url = SEED_RELATED[0]!;
  const votes = await sql.unsafe('SELECT count(*)::int AS n FROM feedback_votes WHERE url = $1', [url]);
  const statuses: number[] = [];
  for (let i = 0; i < 25; i++) {
    const response = await fetch(`${servers[i % 2]!.base}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': JSON_TYPE, 'x-forwarded-for': `203.0.113.${i}, 192.0.2.77:${40000 + i}` },
      body: JSON.stringify({ url, helpful: true }),
    });
    statuses.push(response.status);
  }
  expect(statuses).toEqual([...Array(10).fill(201), ...Array(15).fill(429)]);
  const after = await sql.unsafe('SELECT count(*)::int AS n FROM feedback_votes WHERE url = $1', [url]);
  expect(after[0]!.n).toBe(votes[0]!.n + 1);
});
