import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { getSiteUrl } from '@/lib/config/site';
import { readLimited } from '@/lib/http/read-limited';
import { createMcpServer } from './server';

/** A JSON-RPC request is small; a larger body is refused before it is parsed. */
export const MCP_BODY_LIMIT = 16 * 1024;

export const MAX_BATCH = 10;

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
  if (Array.isArray(body) && (body.length === 0 || body.length > MAX_BATCH))
    return rpcError(400, -32600, `Invalid Request: a batch holds 1 to ${MAX_BATCH} messages`);
  // The site's own address, and the one the client used (a preview deployment, a local server behind a proxy).
  const host = request.headers.get('host');
  const origins = [new URL(getSiteUrl()).origin, new URL(request.url).origin];
  if (host) origins.push(`https://${host}`, `http://${host}`);
  const server = createMcpServer(origins);
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
