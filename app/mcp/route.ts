import { handleMcpPost, rpcError } from '@/lib/mcp/http';

/**
 * The site's MCP server (Streamable HTTP, stateless, read-only): tools search_questions and get_question.
 * Only POST carries messages; with no sessions there is no stream to GET and nothing to DELETE.
 */
export const POST = (request: Request) => handleMcpPost(request);

const notAllowed = () =>
  rpcError(405, -32000, 'Method not allowed: send JSON-RPC messages with POST', { Allow: 'POST' });

export const GET = notAllowed;
export const DELETE = notAllowed;
