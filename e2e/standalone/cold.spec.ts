import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { toolEnv } from '@/lib/config';
import { PAGE_SIZE } from '@/lib/config/site';
import { scanContent } from '@/pipeline/scan';
import { buildStandalone, standaloneRoot } from '@/tools/standalone';
import { runMcpSession } from '../mcp-session';

// A serverless instance: a standalone build of a fixture corpus, no content folder, no .next/cache.
const PORT = toolEnv().STANDALONE_PORT ?? 3260;
const base = `http://127.0.0.1:${PORT}`;
const spyLog = path.join(os.tmpdir(), `fs-spy-${process.pid}.log`);
let server: ChildProcess | undefined;
let dir = '';
let distDir = '';
let articles: { url: string; question: string; subjectSlug: string; slug: string; redirectFrom: string[] }[] = [];

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(600_000);
  const corpus = fs.mkdtempSync(path.join(os.tmpdir(), 'cold-corpus-'));
  fs.cpSync('content', corpus, { recursive: true });
  articles = (await scanContent({ dir: corpus, cache: false })).articles.filter((a) => !a.draft);
  ({ dir, distDir } = await buildStandalone(`cold-${PORT}`, { CONTENT_DIR: corpus, PRERENDER_LIMIT: '5' }));
  fs.rmSync(corpus, { recursive: true, force: true });
  fs.rmSync(path.join(dir, '.next', 'cache'), { recursive: true, force: true });
  expect(fs.existsSync(path.join(dir, 'content'))).toBe(false);
  fs.writeFileSync(spyLog, '');
  server = spawn('node', ['--import', pathToFileURL(path.resolve('e2e/standalone/fs-spy.mjs')).href, 'server.js'], {
    cwd: dir,
    // No DATABASE_URL: the feedback API must find the embedded PGlite's files in the traced output.
    env: { ...process.env, PORT: String(PORT), FS_SPY_LOG: spyLog, CONTENT_DIR: '', DATABASE_URL: '' },
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(`${base}/learn`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the standalone server did not start');
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGKILL');
  fs.rmSync(spyLog, { force: true });
  fs.rmSync(standaloneRoot(`cold-${PORT}`), { recursive: true, force: true });
});

// Strings each build-time package keeps through minification (js-yaml, Temml, lowlight, unified); none may reach
// what the server runs.
const BUILD_PIPELINE = ['YAMLException', 'Temml can only parse', 'Unknown language: ', '` without `parser`'];

test('no server chunk carries the build pipeline: YAML, Markdown, TeX or highlighting', () => {
  const server = path.join(dir, '.next', 'server');
  const files = fs
    .readdirSync(server, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.js'));
  expect(files.length).toBeGreaterThan(10);
  const found = files.flatMap((file) => {
    const text = fs.readFileSync(path.join(server, file), 'utf8');
    return BUILD_PIPELINE.filter((marker) => text.includes(marker)).map((marker) => `${file}: ${marker}`);
  });
  expect(found).toEqual([]);
});

test('every article, prerendered or not, its Open Graph image, Markdown copy and practice items answer 200 from the store', async ({
  request,
}) => {
  test.setTimeout(300_000);
  const prerendered = fs
    .readdirSync(path.join(distDir, 'server', 'app', 'learn'), { recursive: true })
    .filter((f) => String(f).endsWith('.html'));
  expect(prerendered.length).toBeGreaterThan(0);
  expect(articles.length).toBeGreaterThan(60);
  for (const article of articles) {
    const page = await request.get(article.url);
    expect(page.status(), article.url).toBe(200);
    expect(await page.text()).toContain(escapeHtml(article.question));
    const image = await request.get(`/og/${article.subjectSlug}/${article.slug}`);
    expect(image.status(), `og of ${article.url}`).toBe(200);
    expect(image.headers()['content-type']).toBe('image/png');
    const copy = await request.get(`${article.url}.md`);
    expect(copy.status(), `${article.url}.md`).toBe(200);
    expect(copy.headers()['content-type']).toBe('text/markdown; charset=utf-8');
    expect((await copy.text()).split('\n')[0]).toBe(
      `# ${article.question.replace(/\s+/g, ' ').replace(/([\\[\]*_`])/g, '\\$1')}`,
    );
    const items = await request.get(`/practice/${article.subjectSlug}/${article.slug}`);
    expect(items.status(), `practice of ${article.url}`).toBe(200);
    expect((await items.json()).url).toBe(article.url);
  }
});

test('unknown slugs answer 404 and leave no cache entry', async ({ request }) => {
  for (const url of [
    '/learn/biology/questions/no-such-article',
    '/og/biology/no-such-article',
    '/learn/nope/questions/x',
    '/learn/biology/questions/no-such-article.md',
    '/md/biology/no-such-article',
    '/practice/biology/no-such-article',
  ]) {
    expect((await request.get(url)).status(), url).toBe(404);
  }
  const cached = fs.readdirSync(path.join(dir, '.next'), { recursive: true }).map(String);
  expect(cached.filter((f) => f.includes('no-such-article'))).toEqual([]);
});

test('listing pages not built ahead render on request; numbers past the last answer 404 and cache nothing', async ({
  request,
}) => {
  const counts = new Map<string, number>();
  for (const a of articles) counts.set(a.subjectSlug, (counts.get(a.subjectSlug) ?? 0) + 1);
  const [subject, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  const last = Math.ceil(count / PAGE_SIZE);
  expect(last, 'the fixture has a subject with a second listing page').toBeGreaterThan(1);
  // PRERENDER_LIMIT 5 fills no listing page: every numbered page renders on its first request.
  const built = fs.readdirSync(path.join(distDir, 'server', 'app', 'learn'), { recursive: true }).map(String);
  expect(built.filter((f) => f.includes(`${subject}/page/`) && f.endsWith('.html'))).toEqual([]);
  for (let n = 2; n <= last; n++) {
    const page = await request.get(`/learn/${subject}/page/${n}`);
    expect(page.status(), `page ${n}`).toBe(200);
    expect(await page.text()).toContain(`page ${n} of ${last}`);
  }
  for (const n of [last + 1, 99999]) {
    expect((await request.get(`/learn/${subject}/page/${n}`)).status(), `page ${n}`).toBe(404);
  }
  const cached = fs.readdirSync(path.join(dir, '.next'), { recursive: true }).map(String);
  expect(cached.filter((f) => f.includes(`page/${last + 1}`) || f.includes('page/99999'))).toEqual([]);
});

test('a vote lands in the embedded database: PGlite and the URL index are in the traced output', async ({
  request,
}) => {
  const url = articles[0]!.url;
  // The build's own embedded database (.data/) must not be traced into the output: it holds readers' votes.
  expect(fs.existsSync(path.join(dir, '.data'))).toBe(false);
  const vote = await request.post('/api/feedback', { data: { url, helpful: true } });
  expect(vote.status(), await vote.text()).toBe(201);
  expect((await request.post('/api/feedback', { data: { url: `${url}-nope`, helpful: true } })).status()).toBe(404);
  expect(fs.existsSync(path.join(dir, '.data', 'pglite', 'PG_VERSION'))).toBe(true);
});

test('agents: Markdown by Accept, old paths 308 from the redirect index, an MCP session over the traced index', async ({
  request,
}) => {
  const article = articles.find((a) => a.redirectFrom.length > 0)!;
  expect(article, 'the corpus keeps one renamed article').toBeDefined();
  const negotiated = await request.get(article.url, { headers: { Accept: 'text/markdown' } });
  expect(negotiated.headers()['content-type']).toBe('text/markdown; charset=utf-8');
  expect(negotiated.headers()['vary']).toMatch(/(^|, *)Accept(,|$)/i);
  const html = await request.get(article.url, { headers: { Accept: 'text/html,*/*;q=0.8' } });
  expect(html.headers()['content-type']).toMatch(/^text\/html/);
  expect(html.headers()['link']).toContain(`<${article.url}.md>; rel="alternate"`);
  const moved = await request.get(`${article.redirectFrom[0]}?q=1`, { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  expect(moved.headers()['location']).toMatch(new RegExp(`${article.url}\\?q=1$`));
  const copy = await request.get(`${article.redirectFrom[0]}.md`, { maxRedirects: 0 });
  expect(copy.headers()['location']).toMatch(new RegExp(`${article.url}\\.md$`));
  await runMcpSession(base, article.question, { url: article.url, question: article.question });
});

test('the server read no Markdown and looked for no content folder', () => {
  expect(fs.readFileSync(spyLog, 'utf8')).toBe('');
});

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;');
