import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { getSiteUrl } from '@/lib/config/site';
import { trustedProxies } from '@/lib/config/feedback';
import { clientAddress } from '@/lib/feedback/client-id';
import { readLimited } from '@/lib/http/read-limited';
import {
  createRateLimit,
  MAX_BATCH,
  MAX_SEARCHES_PER_REQUEST,
  MCP_MESSAGES_PER_MINUTE,
  MCP_SEARCHES_PER_MINUTE,
} from './limits';
import { recordMcpMiss } from './miss';
import { createMcpServer } from './server';

export { MAX_BATCH } from './limits';

/** A JSON-RPC request is small; a larger body is refused before it is parsed. */
export const MCP_BODY_LIMIT = 16 * 1024;

const messageLimit = createRateLimit(MCP_MESSAGES_PER_MINUTE);
const searchLimit = createRateLimit(MCP_SEARCHES_PER_MINUTE);

const isSearch = (message: unknown) =>
  typeof message === 'object' &&
  message !== null &&
  (message as { method?: unknown }).method === 'tools/call' &&
  (message as { params?: { name?: unknown } }).params?.name === 'search_questions';

const headers = { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' };

/** A JSON-RPC error outside any request (no id): what the transport itself answers for a bad message. */
export const rpcError = (status: number, code: number, message: string, extra: HeadersInit = {}) =>
  new Response(JSON.stringify({ jsonrpc: '2.0', error: { code, message }, id: null }), {
    status,
    headers: { ...headers, ...extra },
  });

async function readText(request: Request): Promise<string | undefined> {
  const bytes = await readLimited(request, MCP_BODY_LIMIT);
  return bytes && new TextDecoder().decode(bytes);
}

/** One POST of Streamable HTTP, stateless: a fresh server and transport, answered as JSON (no stream). */
export async function handleMcpPost(request: Request): Promise<Response> {
  const text = await readText(request);
  if (text === undefined) return rpcError(413, -32600, `the body is larger than ${MCP_BODY_LIMIT} bytes`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return rpcError(400, -32700, 'Parse error: the body is not JSON');
  }
  // Batches are bounded too: one POST must not become hundreds of searches.
  const messages = Array.isArray(body) ? body : [body];
  if (Array.isArray(body) && (body.length === 0 || body.length > MAX_BATCH))
    return rpcError(400, -32600, `Invalid Request: a batch holds 1 to ${MAX_BATCH} messages`);
  const searches = messages.filter(isSearch).length;
  if (searches > MAX_SEARCHES_PER_REQUEST)
    return rpcError(400, -32600, `Invalid Request: at most ${MAX_SEARCHES_PER_REQUEST} searches in one request`);
  const client = clientAddress(request.headers, trustedProxies());
  const messagesLeft = messageLimit(client, messages.length);
  const searchesLeft = searchLimit(client, searches);
  if (!messagesLeft.allowed || !searchesLeft.allowed)
    return rpcError(
      429,
      -32000,
      `Too many requests: at most ${MCP_MESSAGES_PER_MINUTE} messages and ${MCP_SEARCHES_PER_MINUTE} searches a ` +
        `minute; try again in ${messagesLeft.retryAfter} s`,
      { 'Retry-After': String(messagesLeft.retryAfter) },
    );
  // The site's own address, and the one the client used (a preview deployment, a local server behind a proxy).
  const host = request.headers.get('host');
  const origins = [new URL(getSiteUrl()).origin, new URL(request.url).origin];
  if (host) origins.push(`https://${host}`, `http://${host}`);
  const server = createMcpServer({ origins, recordMiss: (query) => recordMcpMiss(query, client) });
  const transport = new WebStandardStreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    enableJsonResponse: true,
  });
  await server.connect(transport);
  try {
    const response = await transport.handleRequest(request, { parsedBody: body });
    response.headers.set('Cache-Control', 'no-store');
    return response;
  } finally {
    void server.close();
  }
}
