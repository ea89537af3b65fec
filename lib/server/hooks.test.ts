import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installServerHooks } from './hooks';
import { PEER_HEADER } from './peer';

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** A raw request: the path goes out exactly as written, malformed escapes included. */
function send(port: number, method: string, path: string, headers: http.OutgoingHttpHeaders = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request({ port, host: '127.0.0.1', method, path, headers }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

const ARTICLE = '/learn/biology/questions/how-does-dna-replication-work';
const seen: string[] = [];
let port = 0;
let server: http.Server;

beforeAll(async () => {
  installServerHooks();
  installServerHooks(); // twice is once
  // Stands in for Next: app pages replace any Vary with their own, some answers pass their headers to writeHead.
  server = http.createServer((request, response) => {
    seen.push(`${request.method} ${request.url}`);
    if (request.url?.endsWith('?head')) {
      response.writeHead(200, { vary: 'rsc', 'x-peer': String(request.headers[PEER_HEADER]) });
      response.end('app');
      return;
    }
    response.setHeader('Vary', 'rsc, next-router-state-tree');
    response.setHeader('x-peer', String(request.headers[PEER_HEADER]));
    response.end('app');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => server.close());

describe('the server hooks', () => {
  it('answer TRACE with 405 and the security headers before the app sees it', async () => {
    seen.length = 0;
    const answer = await send(port, 'TRACE', ARTICLE);
    expect(answer).toMatchObject({ status: 405, body: 'Method Not Allowed\n' });
    expect(answer.headers.allow).toBe('GET, HEAD');
    expect(answer.headers['content-security-policy']).toContain("default-src 'self'");
    expect((await send(port, 'GET', '/')).status).toBe(200);
    expect((await send(port, 'POST', '/')).status).toBe(200);
    expect(seen).toEqual(['GET /', 'POST /']);
  });

  it('answer an address with a malformed percent-escape 400, with the security headers, on every route', async () => {
    seen.length = 0;
    for (const path of [
      '/learn/biology/page/%E0%A4%A',
      '/md/%E0%A4%A/x',
      '/llms/%E0%A4%A',
      '/sitemaps/%E0%A4%A',
      '/md/biology/%C0%AF',
      '/learn/%C0%AF',
      '/%',
      '/%E0%A4%A/..',
      'http://example.org/learn/%E0%A4%A?q=1',
    ]) {
      const answer = await send(port, 'GET', path);
      expect(answer.status, path).toBe(400);
      expect(answer.body).toMatch(/malformed percent-escape/);
      expect(answer.headers['x-content-type-options'], path).toBe('nosniff');
      expect(answer.headers['content-security-policy'], path).toBeTruthy();
    }
    // Well-formed escapes, and malformed ones only in the query, are the app's to answer.
    for (const path of ['/learn/caf%C3%A9', '/learn/biology/questions/%00', '/search?q=%E0%A4%A'])
      expect((await send(port, 'GET', path)).status, path).toBe(200);
    expect(seen).toHaveLength(3);
  });

  it('stamp the connection address over any the client sent', async () => {
    const answer = await send(port, 'GET', '/', { [PEER_HEADER]: '203.0.113.9' });
    expect(answer.headers['x-peer']).toBe('127.0.0.1');
  });

  it("add Accept to the app's Vary at an article's URL, and only there", async () => {
    const vary = async (path: string) => (await send(port, 'GET', path)).headers.vary;
    expect(await vary(ARTICLE)).toBe('Accept, rsc, next-router-state-tree');
    expect(await vary(`${ARTICLE}?x=1`)).toBe('Accept, rsc, next-router-state-tree');
    expect(await vary(ARTICLE.replace('dna', '%64na'))).toBe('Accept, rsc, next-router-state-tree');
    expect(await vary(`${ARTICLE}?head`)).toBe('Accept, rsc');
    // Next reads the path as a URL does, dot segments resolved: these name the article too.
    for (const path of [
      `/x/..${ARTICLE}`,
      ARTICLE.replace('/questions/', '/questions/./'),
      ARTICLE.replace('/questions/', '/questions/x/%2E%2e/'),
    ])
      expect(await vary(path), path).toBe('Accept, rsc, next-router-state-tree');
    for (const path of [`${ARTICLE}.md`, '/learn/biology', '/md/biology/how-does-dna-replication-work'])
      expect(await vary(path), path).toBe('rsc, next-router-state-tree');
  });
});
