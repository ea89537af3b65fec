/**
 * The plain-text refusals the server gives before any page renders, each defined once: the server hooks
 * write them ahead of Next, and proxy.ts answers the same 405 for the methods a route does not serve.
 */
export type PlainAnswer = { status: number; body: string; headers: Record<string, string> };

const plain = (status: number, body: string, headers: Record<string, string> = {}): PlainAnswer => ({
  status,
  body,
  headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
});

/** Pages, Markdown copies and images serve GET and HEAD only. */
export const METHOD_NOT_ALLOWED = plain(405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });

/** An address whose percent-escapes do not decode to UTF-8 (`%E0%A4%A`, `%C0%AF`) names nothing. */
export const MALFORMED_ADDRESS = plain(400, 'Bad Request: the address holds a malformed percent-escape\n');
