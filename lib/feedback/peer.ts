import http from 'node:http';

/** The header the server stamps with the connection's address; any value a client sends is overwritten. */
export const PEER_HEADER = 'x-quicktakes-peer';
const STAMPED = Symbol.for('quicktakes.peer-stamped');
type Flagged = { [STAMPED]?: boolean };

/**
 * Route handlers see headers, not the socket, and Next fills X-Forwarded-For with the socket's address
 * only when the client sent none, so a client could name any address. Called once from instrumentation.ts
 * under `next start`: every request gets the real peer address in PEER_HEADER before Next reads it.
 */
export function stampPeerAddress(): void {
  const flagged = globalThis as Flagged;
  if (flagged[STAMPED]) return;
  const proto = http.Server.prototype as { emit: (event: string | symbol, ...args: unknown[]) => boolean };
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const request = args[0] as http.IncomingMessage;
      request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? '';
    }
    return emit.call(this, event, ...args);
  };
  flagged[STAMPED] = true;
}

/** The stamped peer address, or undefined when the stamp is not installed (so the header is not to be trusted). */
export function peerAddress(headers: Headers): string | undefined {
  if (!(globalThis as Flagged)[STAMPED]) return undefined;
  return headers.get(PEER_HEADER) || undefined;
}
