import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport, type ArticleFeedback } from '@/lib/feedback/report';
import { hit, LIMIT_PER_MINUTE } from '@/lib/feedback/rate-limit';
import { voteCounts } from '@/lib/feedback/scores';
import { recordMiss, recordVote } from '@/lib/feedback/store';
import { articleScore } from '@/lib/feedback/wilson';
import { openDb, type Db } from './client';
import { migrate } from './migrate';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import { openPglite } from './pglite';
import { freshPostgresSchema } from './testing';

const A = '/learn/biology/questions/a';
const B = '/learn/biology/questions/b';
const C = '/learn/biology/questions/c';
const MINUTE = 60_000;
const DAY = 86_400_000;
// A fixed clock at the start of a UTC day, so a run of votes never crosses midnight.
const NOON = Math.floor(Date.now() / DAY) * DAY + DAY / 2;

type Backend = { name: string; open(): Promise<{ db: Db; done(): Promise<void> }> };

const pglite: Backend = {
  name: 'PGlite',
  open: async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pglite-'));
    const db = await openDb({ dir: path.join(dir, 'db') });
    return { db, done: async () => (await db.close(), fs.rmSync(dir, { recursive: true })) };
  },
};

const pg = await freshPostgresSchema().then(
  (schema) => ({ schema }),
  (error: Error) => ({ error }),
);
const postgresBackend: Backend = {
  name: 'PostgreSQL',
  open: async () => {
    if ('error' in pg) throw pg.error;
    const db = await openDb({ url: pg.schema!.url });
    return { db, done: () => db.close() };
  },
};
if ('schema' in pg && !pg.schema) console.warn('DATABASE_URL is not set: the PostgreSQL storage tests are skipped');
afterAll(() => ('schema' in pg ? pg.schema?.drop() : undefined));

const backends = 'schema' in pg && !pg.schema ? [pglite] : [pglite, postgresBackend];

// PGlite runs in WebAssembly: on a saturated machine one of these can pass the default 5 s.
describe.each(backends)('storage on $name', { timeout: 30_000 }, (backend) => {
  let db: Db;
  let done: () => Promise<void>;
  beforeAll(async () => {
    ({ db, done } = await backend.open());
    return () => done();
  }, 60_000);

  it('migrates once, and a second run applies nothing', async () => {
    expect(await migrate(db)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(await migrate(db)).toEqual([]);
    const rows = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations');
    expect(rows[0]!.n).toBe(LATEST_VERSION);
  });

  it('stores votes up to the limit per client and minute, then refuses without storing', async () => {
    const results = [];
    // One client on eleven articles: the eleventh vote in the minute is refused.
    for (let i = 0; i <= LIMIT_PER_MINUTE; i++)
      results.push(await recordVote(db, { url: `${A}-${i}`, helpful: i % 2 === 0, comment: null }, '203.0.113.7'));
    expect(results.map((r) => r.allowed)).toEqual([...Array(LIMIT_PER_MINUTE).fill(true), false]);
    expect(results.at(-1)!.retryAfter).toBeGreaterThan(0);
    expect(
      (await recordVote(db, { url: B, helpful: false, comment: "x'); DROP TABLE feedback_votes; --" }, '203.0.113.8'))
        .allowed,
    ).toBe(true);
    const [count] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM feedback_votes');
    expect(count!.n).toBe(LIMIT_PER_MINUTE + 1);
  });

  it('keeps one vote per client, article and day: a repeat replaces it, and one client cannot set a score', async () => {
    const vote = (helpful: boolean, at: number, comment: string | null = null) =>
      recordVote(db, { url: C, helpful, comment }, '198.51.100.20', at);
    // Thirty votes over thirty minutes, past the rate limit: still one vote, the last one.
    for (let i = 0; i < 30; i++) expect((await vote(true, NOON + i * MINUTE)).allowed).toBe(true);
    await vote(false, NOON + 30 * MINUTE, 'changed my mind');
    const rows = await db.query<{ helpful: boolean; comment: string | null }>(
      'SELECT helpful, comment FROM feedback_votes WHERE url = $1',
      [C],
    );
    expect(rows).toEqual([{ helpful: false, comment: 'changed my mind' }]);
    const counts = (await voteCounts(db)).get(C)!;
    expect(counts).toEqual({ helpful: 0, total: 1 });
    expect(articleScore(counts.helpful, counts.total)).toBe(-1);
    // Another client is another vote; the salt of a new day is a new key, and the old day's salt is gone.
    await recordVote(db, { url: C, helpful: true, comment: null }, '198.51.100.21', NOON);
    await vote(true, NOON + DAY);
    expect((await voteCounts(db)).get(C)).toEqual({ helpful: 2, total: 3 });
    const days = await db.query<{ day: string }>("SELECT to_char(day, 'YYYY-MM-DD') AS day FROM vote_salts");
    expect(days).toEqual([{ day: new Date(NOON + DAY).toISOString().slice(0, 10) }]);
    await db.query('DELETE FROM feedback_votes WHERE url = $1', [C]);
  });

  it('keeps no address anywhere: only keyed hashes that expire', async () => {
    const dump = await db.query<{ t: string }>(
      `SELECT string_agg(x::text, ' ') AS t FROM (
        SELECT row_to_json(v)::text AS x FROM feedback_votes v
        UNION ALL SELECT row_to_json(r)::text FROM rate_limit_hits r
        UNION ALL SELECT row_to_json(m)::text FROM search_misses m
        UNION ALL SELECT row_to_json(s)::text FROM vote_salts s) all_rows`,
    );
    expect(dump[0]!.t).not.toContain('203.0.113');
    const voters = await db.query<{ voter: string }>('SELECT voter FROM feedback_votes');
    for (const { voter } of voters) expect(voter).toMatch(/^[0-9a-f]{64}$/);
    const buckets = await db.query<{ bucket: string }>('SELECT bucket FROM rate_limit_hits');
    for (const { bucket } of buckets) expect(bucket).toMatch(/^[0-9a-f]{64}$/);
    // A later minute sweeps every bucket whose minute is over.
    await db.transaction((tx) => hit({}, tx, 'vote', '198.51.100.1', Date.now() + 120_000));
    const left = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM rate_limit_hits WHERE expires_at < now() + interval '1 minute'",
    );
    expect(left[0]!.n).toBe(0);
  });

  it('stores 50 concurrent votes from 50 clients, each once', async () => {
    const votes = Array.from({ length: 50 }, (_, i) =>
      recordVote(db, { url: B, helpful: true, comment: null }, `10.0.0.${i}`),
    );
    expect((await Promise.all(votes)).every((r) => r.allowed)).toBe(true);
    const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM feedback_votes WHERE url = $1', [B]);
    expect(row!.n).toBe(51);
  });

  it('reports articles by unhelpful votes with their comments, and the top missed searches', async () => {
    for (const query of ['osmosis pressure', 'osmosis pressure', 'krebs']) await recordMiss(db, { query }, '192.0.2.1');
    const report = await buildReport(db);
    const byUnhelpful = (x: ArticleFeedback, y: ArticleFeedback) =>
      y.unhelpful - x.unhelpful || x.helpful - y.helpful || x.url.localeCompare(y.url);
    expect(report.articles).toEqual(
      [
        { url: B, helpful: 50, unhelpful: 1, comments: ["x'); DROP TABLE feedback_votes; --"] },
        ...Array.from({ length: LIMIT_PER_MINUTE }, (_, i) => ({
          url: `${A}-${i}`,
          helpful: i % 2 === 0 ? 1 : 0,
          unhelpful: i % 2 === 0 ? 0 : 1,
          comments: [],
        })),
      ].sort(byUnhelpful),
    );
    expect(report.searchMisses).toEqual([
      { query: 'osmosis pressure', count: 2 },
      { query: 'krebs', count: 1 },
    ]);
  });
});

describe('the embedded database', () => {
  it('refuses a folder another live process holds', async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pglite-')), 'db');
    fs.writeFileSync(`${dir}.pid`, String(process.ppid));
    await expect(openPglite(dir)).rejects.toThrow(/is open in process \d+.*set DATABASE_URL/);
    fs.rmSync(path.dirname(dir), { recursive: true });
  });
});
