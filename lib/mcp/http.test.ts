import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadLibrary } from '@/pipeline/live';
import { handleMcpPost, MAX_BATCH, MCP_BODY_LIMIT } from './http';
import {
  createGate,
  createRateLimit,
  MAX_SEARCHES_PER_REQUEST,
  MCP_MESSAGES_PER_MINUTE,
  MCP_SEARCHES_PER_MINUTE,
} from './limits';

const post = (body: string, headers: Record<string, string> = {}) =>
  handleMcpPost(
    new Request('http://127.0.0.1/mcp', {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream', ...headers },
    }),
  );
const list = (id: number) => ({ jsonrpc: '2.0', id, method: 'tools/list' });
const search = (id: number) => ({
  jsonrpc: '2.0',
  id,
  method: 'tools/call',
  params: { name: 'search_questions', arguments: { query: 'osmosis' } },
});

describe('the /mcp endpoint', () => {
  it.each([
    ['{nope', 400, -32700],
    ['[]', 400, -32600],
    [JSON.stringify(Array.from({ length: MAX_BATCH + 1 }, (_, i) => list(i))), 400, -32600],
    [JSON.stringify(Array.from({ length: MAX_SEARCHES_PER_REQUEST + 1 }, (_, i) => search(i))), 400, -32600],
    [`"${'x'.repeat(MCP_BODY_LIMIT)}"`, 413, -32600],
  ])('refuses %s… as a JSON-RPC error', async (body, status, code) => {
    const response = await post(body);
    expect(response.status).toBe(status);
    expect((await response.json()).error.code).toBe(code);
  });

  it('refuses a body whose Content-Length is over the limit before reading it', async () => {
    const response = await post('{}', { 'Content-Length': String(MCP_BODY_LIMIT + 1) });
    expect(response.status).toBe(413);
  });

  it('lists the two read-only tools, statelessly', async () => {
    const response = await post(JSON.stringify(list(7)));
    expect(response.status).toBe(200);
    expect(response.headers.get('mcp-session-id')).toBeNull();
    const { id, result } = await response.json();
    expect(id).toBe(7);
    expect(result.tools.map((t: { name: string }) => t.name)).toEqual(['search_questions', 'get_question']);
  });

  it("gives get_question an article's practice items, so an assistant can quiz a learner", async () => {
    const article = (await loadLibrary()).articles.find((a) => a.practice.some((item) => item.kind === 'choice'));
    expect(article, 'a bundled article with a choice item').toBeDefined();
    const call = { name: 'get_question', arguments: { url: article!.url } };
    const response = await post(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: call }));
    const text: string = (await response.json()).result.content[0].text;
    expect(text).toContain('## Check yourself');
    expect(text).toContain(`### 1. ${article!.practice[0]?.question.replace(/\s*\n\s*/g, ' ')}`);
    expect(text).toContain('**(correct)**');
    expect(text).toContain('Explanation: ');
  }, 30_000);
});

describe('a tool whose build output is missing', () => {
  it('says what cannot be read in words, and logs the reason with its path', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'no-store-'));
    vi.spyOn(process, 'cwd').mockReturnValue(empty);
    vi.stubEnv('NODE_ENV', 'production');
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const call = {
        name: 'get_question',
        arguments: { url: '/learn/biology/questions/how-does-dna-replication-work' },
      };
      const response = await post(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: call }));
      const { error } = await response.json();
      expect(error.message).toMatch(/cannot read the site's articles/);
      expect(error.message).not.toMatch(/\/|\\|content-store|ENOENT/);
      expect(String(log.mock.calls[0]?.[1])).toContain(empty);
    } finally {
      vi.restoreAllMocks();
      vi.unstubAllEnvs();
      fs.rmSync(empty, { recursive: true });
    }
  });
});

describe('the /mcp limits', () => {
  // Behind a trusted proxy, so that each test's requests name a client of their own.
  beforeEach(() => vi.stubEnv('TRUST_PROXY', '1'));
  afterEach(() => vi.unstubAllEnvs());

  it('answers 429 with Retry-After once a client has sent its messages for the minute', async () => {
    const headers = { 'X-Forwarded-For': '203.0.113.9' };
    let last: Response | undefined;
    for (let i = 0; i <= MCP_MESSAGES_PER_MINUTE; i++) last = await post(JSON.stringify(list(i)), headers);
    expect(last?.status).toBe(429);
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await last?.json()).error.code).toBe(-32000);
  });

  it('counts searches apart: a client past its searches for the minute gets 429 too', async () => {
    const headers = { 'X-Forwarded-For': '203.0.113.10' };
    // An invalid search still counts (its arguments are checked later); nothing is searched.
    const bad = (id: number) => ({ ...search(id), params: { name: 'search_questions', arguments: {} } });
    // Fewer messages than the message limit: the search limit is what refuses the last one.
    expect(MCP_SEARCHES_PER_MINUTE + 1).toBeLessThan(MCP_MESSAGES_PER_MINUTE);
    const statuses: number[] = [];
    for (let i = 0; i <= MCP_SEARCHES_PER_MINUTE; i++)
      statuses.push((await post(JSON.stringify(bad(i)), headers)).status);
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.slice(0, -1).every((status) => status !== 429)).toBe(true);
  });

  it('counts each client in its own minute, a batch by its messages', () => {
    const limit = createRateLimit(5);
    const minute = 60_000 * 1000;
    expect(limit('a', 5, minute).allowed).toBe(true);
    expect(limit('a', 1, minute + 10).allowed).toBe(false);
    expect(limit('b', 1, minute + 10).allowed).toBe(true);
    expect(limit('a', 1, minute + 60_000)).toEqual({ allowed: true, retryAfter: 60 });
  });

  it('runs one search at a time and turns callers away past the queue', async () => {
    const gate = createGate(1, 1);
    let running = 0;
    let most = 0;
    const release: (() => void)[] = [];
    const work = () =>
      gate(async () => {
        most = Math.max(most, ++running);
        await new Promise<void>((resolve) => release.push(resolve));
        running--;
      });
    const first = work();
    const second = work();
    await expect(work()).rejects.toThrow('busy');
    release.shift()?.();
    await first;
    await new Promise((resolve) => setTimeout(resolve, 0));
    release.shift()?.();
    await second;
    expect(most).toBe(1);
  });
});
