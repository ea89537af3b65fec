import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { answerForbiddenMethods } from './forbidden-methods';

function send(port: number, method: string): Promise<{ status: number; allow?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ port, method, path: '/learn/biology/questions/x' }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, allow: response.headers.allow, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

describe('methods the fetch standard forbids (issue 23, finding 9)', () => {
  it('answers TRACE with 405 before the app sees them, and passes everything else on', async () => {
    answerForbiddenMethods();
    answerForbiddenMethods(); // twice is once
    const seen: string[] = [];
    const server = http.createServer((request, response) => {
      seen.push(request.method ?? '');
      response.end('app');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      expect(await send(port, 'TRACE')).toEqual({ status: 405, allow: 'GET, HEAD', body: 'Method Not Allowed\n' });
      expect(await send(port, 'GET')).toMatchObject({ status: 200, body: 'app' });
      expect(await send(port, 'POST')).toMatchObject({ status: 200, body: 'app' });
      expect(seen).toEqual(['GET', 'POST']);
    } finally {
      server.close();
    }
  });
});
