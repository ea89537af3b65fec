import fs from 'node:fs';
import { expect, test } from './fixtures';
import { toolEnv } from '@/lib/config';
import { roomInMinute, startServer } from './feedback-servers';
import { runMcpSession } from './mcp-session';

// Markdown for agents at the page's own URL, the MCP server and renamed articles.
const ARTICLE = '/learn/biology/questions/how-does-dna-replication-work';
const OLD = '/learn/biology/questions/how-is-dna-copied-before-a-cell-divides';
const CHROME_ACCEPT =
  'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7';

test.describe('content negotiation', () => {
  test('an agent preferring text/markdown gets the Markdown copy at the page URL', async ({ request }) => {
    for (const accept of [
      'text/markdown',
      'text/markdown, text/html;q=0.5',
      'text/html;q=0.1, text/markdown',
      'text/markdown, text/html',
    ]) {
      const response = await request.get(ARTICLE, { headers: { Accept: accept } });
      expect(response.status(), accept).toBe(200);
      expect(response.headers()['content-type']).toBe('text/markdown; charset=utf-8');
      expect(response.headers()['vary']).toMatch(/(^|, *)Accept(,|$)/i);
      expect(await response.text()).toMatch(/^# How does DNA replication work\?\n/);
    }
  });

  test('browsers and */* get HTML, with a Link to the Markdown copy and Vary: Accept', async ({ request }) => {
    for (const accept of [CHROME_ACCEPT, '*/*', 'text/html, text/markdown']) {
      const response = await request.get(ARTICLE, { headers: { Accept: accept } });
      expect(response.status(), accept).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^text\/html/);
      expect(response.headers()['link']).toContain(`<${ARTICLE}.md>; rel="alternate"; type="text/markdown"`);
      // The same URL answers Markdown to agents: a shared cache must key this answer on Accept too.
      expect(response.headers()['vary']).toMatch(/(^|, *)Accept(,|$)/i);
    }
  });

  test("the CDN keys article pages on Accept: Next drops the proxy's Vary on prerendered pages", () => {
    const config = JSON.parse(fs.readFileSync('vercel.json', 'utf8')) as {
      headers: { source: string; headers: { key: string; value: string }[] }[];
    };
    const vary = config.headers.find((h) => h.source === '/learn/:subject/questions/:slug')?.headers;
    const value = vary?.find((h) => h.key === 'Vary')?.value ?? '';
    expect(value.split(', ')).toEqual(expect.arrayContaining(['Accept', 'RSC', 'Next-Router-State-Tree']));
  });

  test('unknown slugs stay 404 with either Accept', async ({ request }) => {
    for (const accept of ['text/markdown', CHROME_ACCEPT]) {
      const response = await request.get('/learn/biology/questions/no-such-question', { headers: { Accept: accept } });
      expect(response.status(), accept).toBe(404);
    }
  });
});

test.describe('redirect_from', () => {
  test("a renamed article's old URL answers 308 to the new one, keeping the query string; .md too", async ({
    request,
  }) => {
    const page = await request.get(`${OLD}?ref=feed&x=1`, { maxRedirects: 0 });
    expect(page.status()).toBe(308);
    expect(new URL(page.headers()['location'] ?? '', 'http://x').pathname).toBe(ARTICLE);
    expect(new URL(page.headers()['location'] ?? '', 'http://x').search).toBe('?ref=feed&x=1');
    const copy = await request.get(`${OLD}.md`, { maxRedirects: 0 });
    expect(copy.status()).toBe(308);
    expect(new URL(copy.headers()['location'] ?? '', 'http://x').pathname).toBe(`${ARTICLE}.md`);
    expect((await request.get(OLD)).url()).toMatch(new RegExp(`${ARTICLE}$`));
  });

  test('the sitemap never lists an old path', async ({ request }) => {
    const index = await (await request.get('/sitemap.xml')).text();
    const children = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname);
    const bodies = await Promise.all(children.map(async (c) => (await request.get(c)).text()));
    expect(bodies.join('')).toContain(ARTICLE);
    expect(bodies.join('')).not.toContain(OLD);
  });
});

test.describe('MCP', () => {
  test('a session through the SDK client: initialize, list tools, search, get, refusals', async ({ baseURL }) => {
    await runMcpSession(baseURL as string, 'dna replication strands', {
      url: ARTICLE,
      question: 'How does DNA replication work?',
    });
  });

  test('an old path reads the article it moved to; GET and bad bodies get JSON-RPC errors, never 500', async ({
    request,
  }) => {
    const headers = { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream' };
    const call = (data: string) => request.post('/mcp', { headers, data });
    const moved = await call(
      JSON.stringify({
        jsonrpc: '2.0',
        id: 1,
        method: 'tools/call',
        params: { name: 'get_question', arguments: { url: OLD } },
      }),
    );
    expect(moved.status()).toBe(200);
    expect(JSON.stringify(await moved.json())).toContain('# How does DNA replication work?');
    const bad: [string, number, number][] = [
      ['{not json', 400, -32700],
      ['[]', 400, -32600],
      ['null', 400, -32700],
      [JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: 'x' }), 400, -32700],
      // The SDK's own request validation: an error response, never a 500.
      [JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 5 } }), 200, -32603],
      [JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'resources/list' }), 200, -32601],
      [`{"a":"${'x'.repeat(20_000)}"}`, 413, -32600],
    ];
    for (const [body, status, code] of bad) {
      const response = await call(body);
      expect(response.status(), body.slice(0, 40)).toBe(status);
      expect((await response.json()).error.code, body.slice(0, 40)).toBe(code);
    }
    const get = await request.get('/mcp');
    expect(get.status()).toBe(405);
    expect((await get.json()).error.code).toBe(-32000);
  });
});

test.describe('MCP limits', () => {
  test('a client past its messages for the minute gets 429 with Retry-After; another client does not', async ({}, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'the endpoint does not depend on the browser');
    test.setTimeout(120_000);
    // Its own server behind a "trusted proxy", so each request can name its client.
    const server = await startServer((toolEnv().E2E_PORT ?? 3210) + 8, { TRUST_PROXY: '1' });
    try {
      await roomInMinute(20);
      const post = (client: string) =>
        fetch(`${server.base}/mcp`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            Accept: 'application/json, text/event-stream',
            'X-Forwarded-For': client,
          },
          body: JSON.stringify([1, 2, 3, 4, 5].map((id) => ({ jsonrpc: '2.0', id, method: 'tools/list' }))),
        });
      const statuses: number[] = [];
      for (let i = 0; i < 13; i++) statuses.push((await post('198.51.100.7')).status);
      // 5 messages a POST: the 13th POST passes 60 messages.
      expect(statuses.slice(0, 12)).toEqual(Array(12).fill(200));
      const refused = await post('198.51.100.7');
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await refused.json()).error.code).toBe(-32000);
      expect((await post('198.51.100.8')).status).toBe(200);
    } finally {
      server.stop();
    }
  });
});
