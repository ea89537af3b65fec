import http from 'node:http';
import { SECURITY_HEADERS } from './security-headers';

/**
 * Methods the fetch standard forbids: Next builds a `Request` for the proxy and for route handlers, and
 * that constructor throws on them, so `TRACE /learn/…` answered 500 and logged a stack trace before any
 * app code (proxy.ts included) could run. They are answered here, ahead of Next, under `next start` and
 * the standalone server; other methods a route does not serve get their 405 from proxy.ts.
 */
const FORBIDDEN = new Set(['TRACE', 'TRACK', 'CONNECT']);
const PATCHED = Symbol.for('quicktakes.forbiddenMethods');

export function answerForbiddenMethods(server: typeof http.Server = http.Server): void {
  const proto = server.prototype as http.Server & { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
    if (event === 'request' && FORBIDDEN.has(request.method ?? '')) {
      response.writeHead(405, {
        Allow: 'GET, HEAD',
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'no-store',
        ...Object.fromEntries(SECURITY_HEADERS.map(({ key, value }) => [key, value])),
      });
      response.end('Method Not Allowed\n');
      return true;
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof proto.emit;
  proto[PATCHED] = true;
}
