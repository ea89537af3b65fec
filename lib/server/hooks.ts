import http from 'node:http';
import { parseArticlePath } from '@/lib/config/paths';
import { SECURITY_HEADERS } from '@/lib/config/security-headers';
import { MALFORMED_ADDRESS, METHOD_NOT_ALLOWED, type PlainAnswer } from './answers';
import { hooksInstalled, markHooksInstalled, PEER_HEADER } from './peer';

/**
 * Methods the fetch standard forbids: Next builds a `Request` for the proxy and for route handlers, and that
 * constructor throws on them, so `TRACE /learn/…` answered 500 before any app code could run. (Node's parser
 * refuses TRACK itself, and CONNECT never becomes a request event; they are listed in case that changes.)
 */
const FORBIDDEN_METHODS = new Set(['TRACE', 'TRACK', 'CONNECT']);

type Emit = (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;

/**
 * The one wrapper around `http.Server.prototype.emit`, installed once from instrumentation.ts under
 * `next start`, `next dev` and the standalone server. Every request passes it before Next reads it:
 * - it gets the connection's address in PEER_HEADER (route handlers see headers, never the socket);
 * - a forbidden method gets its 405, and an address that does not decode its 400 (Next answered both 500,
 *   without the security headers);
 * - an answer at an article's URL says `Vary: Accept`, which Next replaces with its own on app pages.
 */
export function installServerHooks(): void {
  if (hooksInstalled()) return;
  const proto = http.Server.prototype as unknown as { emit: Emit };
  const emit = proto.emit;
  proto.emit = function (event, ...args) {
    if (event === 'request') {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      if (!prepare(request, response)) return true;
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  };
  markHooksInstalled();
}

/** False when the request has been answered here. */
function prepare(request: http.IncomingMessage, response: http.ServerResponse): boolean {
  request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? '';
  if (FORBIDDEN_METHODS.has(request.method ?? '')) return answer(response, METHOD_NOT_ALLOWED);
  const path = decodedPath(request.url ?? '/');
  if (path === undefined) return answer(response, MALFORMED_ADDRESS);
  if (parseArticlePath(path)) varyOnAccept(response);
  return true;
}

/**
 * The request's path as Next routes it (dot segments resolved, as a URL parser does: `/x/../learn/…` is an
 * article), percent-decoded; undefined when an escape anywhere in the path as sent is malformed.
 */
function decodedPath(url: string): string | undefined {
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '').split(/[?#]/, 1)[0] ?? '';
  try {
    decodeURIComponent(path);
    return decodeURIComponent(path.startsWith('/') ? new URL(`http://n${path}`).pathname : path);
  } catch {
    return undefined;
  }
}

function answer(response: http.ServerResponse, { status, body, headers }: PlainAnswer): false {
  response.writeHead(status, {
    ...headers,
    ...Object.fromEntries(SECURITY_HEADERS.map(({ key, value }) => [key, value])),
  });
  response.end(body);
  return false;
}

/**
 * An article's URL answers HTML or Markdown by Accept (proxy.ts), so every answer there must say so, or a
 * shared cache hands one kind to everyone. Added as the head is written, after Next has set its own Vary.
 */
function varyOnAccept(response: http.ServerResponse): void {
  const writeHead = response.writeHead;
  response.writeHead = function (this: http.ServerResponse, ...args: unknown[]) {
    const given = args.find(
      (arg): arg is Record<string, unknown> => !!arg && typeof arg === 'object' && !Array.isArray(arg),
    );
    const key = given && Object.keys(given).find((name) => name.toLowerCase() === 'vary');
    if (given && key) given[key] = withAccept(given[key]);
    else this.setHeader('Vary', withAccept(this.getHeader('vary')));
    return Reflect.apply(writeHead, this, args) as http.ServerResponse;
  } as typeof response.writeHead;
}

function withAccept(vary: unknown): string {
  const names = [vary ?? []].flat().join(', ');
  return /(^|,)\s*(accept|\*)\s*(,|$)/i.test(names) ? names : names ? `Accept, ${names}` : 'Accept';
}
