import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema, ErrorCode, ListToolsRequestSchema, McpError } from '@modelcontextprotocol/sdk/types.js';
import type { z } from 'zod';
import { SITE_NAME } from '@/lib/config/site';
import { articlePath, parseArticlePath } from '@/lib/config/paths';
import { storeRedirect } from '@/lib/store/redirects';
import { getArticleMarkdown } from '@/lib/data';
import { renderMarkdownCopy } from '@/lib/seo/markdown-copy';
import { resolveArticleUrl } from './resolve';
import { searchQuestions } from './search';
import { getInput, invalidMessage, searchInput, TOOLS } from './tools';

const invalid = (message: string) => new McpError(ErrorCode.InvalidParams, message);

function parse<S extends z.ZodType>(schema: S, v: unknown): z.output<S> {
  const result = schema.safeParse(v ?? {});
  if (!result.success) throw invalid(invalidMessage(result.error));
  return result.data;
}

/**
 * A read-only MCP server over the site: one per request (stateless Streamable HTTP), so nothing is shared
 * between callers but the search engine's cached index files. `origins`: the full URLs get_question accepts.
 */
export function createMcpServer(origins: string[]): Server {
  const server = new Server(
    { name: SITE_NAME, version: '1.0.0' },
    {
      capabilities: { tools: {} },
      instructions: `${SITE_NAME} answers learners' questions. Use search_questions to find articles, then get_question with a result's url to read one in full.`,
    },
  );
  server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: [...TOOLS] }));
  server.setRequestHandler(CallToolRequestSchema, async ({ params }) => {
    try {
      return await callTool(params, origins);
    } catch (error) {
      if (error instanceof McpError) throw error;
      // The SDK would send the reason, which names the server's folders; it goes to the log instead.
      console.error('mcp: a tool failed:', error);
      throw new McpError(ErrorCode.InternalError, UNREADABLE);
    }
  });
  return server;
}

const UNREADABLE = "this server cannot read the site's articles or search index right now; try again later";

type ToolCall = { name: string; arguments?: Record<string, unknown> };

async function callTool(params: ToolCall, origins: string[]) {
  if (params.name === 'search_questions') {
    const { query, limit } = parse(searchInput, params.arguments);
    const results = await searchQuestions(query, limit);
    return {
      content: [{ type: 'text', text: JSON.stringify(results, null, 2) }],
      structuredContent: { results },
    };
  }
  if (params.name === 'get_question') {
    const { url } = parse(getInput, params.arguments);
    const parts = resolveArticleUrl(url, origins);
    if (!parts) throw invalid(`url: not an article of this site: ${JSON.stringify(url.slice(0, 200))}`);
    // An old path (redirect_from) reads the article it moved to, as the page's 308 would.
    const moved = parseArticlePath(storeRedirect(articlePath(parts.subject, parts.slug)) ?? '');
    const record = await getArticleMarkdown(moved?.subject ?? parts.subject, moved?.slug ?? parts.slug);
    if (!record) throw invalid(`url: no article at ${articlePath(parts.subject, parts.slug)}`);
    return { content: [{ type: 'text', text: renderMarkdownCopy(record), mimeType: 'text/markdown' }] };
  }
  throw invalid(`unknown tool: ${JSON.stringify(params.name.slice(0, 100))}`);
}
