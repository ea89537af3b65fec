import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema, ErrorCode, ListToolsRequestSchema, McpError } from '@modelcontextprotocol/sdk/types.js';
import type { z } from 'zod';
import { SITE_NAME } from '@/lib/config/site';
import { articlePath, parseArticlePath } from '@/lib/config/paths';
import { storeRedirect } from '@/lib/store/redirects';
import { getArticleMarkdown } from '@/lib/data';
import { renderMarkdownCopy } from '@/lib/seo/markdown-copy';
import { BusyError } from './limits';
import { resolveArticleUrl } from './resolve';
import { IndexUnavailableError, searchQuestions, type QuestionSearcher } from './search';
import { getInput, invalidMessage, searchInput, TOOLS } from './tools';

const invalid = (message: string) => new McpError(ErrorCode.InvalidParams, message);

function parse<S extends z.ZodType>(schema: S, v: unknown): z.output<S> {
  const result = schema.safeParse(v ?? {});
  if (!result.success) throw invalid(invalidMessage(result.error));
  return result.data;
}

const UNREADABLE = "this server cannot read the site's articles or search index right now; try again later";

/** A failure the caller may read: what is missing or busy, in words; anything else says no more than that. */
function answerable(error: unknown): McpError {
  if (error instanceof McpError) return error;
  if (error instanceof IndexUnavailableError || error instanceof BusyError)
    return new McpError(ErrorCode.InternalError, error.message);
  console.error('mcp: tool failed:', error);
  return new McpError(ErrorCode.InternalError, UNREADABLE);
}

/**
 * `recordMiss`: tells the writers about a search with no answer (the feedback database's missed searches).
 * `search`: the deployed index's search unless a test gives another.
 */
export type McpContext = {
  origins: string[];
  recordMiss?: (query: string) => Promise<void>;
  search?: QuestionSearcher;
};

/**
 * A read-only MCP server over the site: one per request (stateless Streamable HTTP), so nothing is shared
 * between callers but the search engine's cached index files. `origins`: the full URLs get_question accepts.
 */
export function createMcpServer(context: McpContext): Server {
  const server = new Server(
    { name: SITE_NAME, version: '1.0.0' },
    {
      capabilities: { tools: {} },
      instructions:
        `${SITE_NAME} answers learners' questions. Use search_questions to find articles, ` +
        "then get_question with a result's url to read one in full.",
    },
  );
  server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: [...TOOLS] }));
  server.setRequestHandler(CallToolRequestSchema, async (request) => {
    try {
      return await callTool(request.params, context);
    } catch (error) {
      throw answerable(error);
    }
  });
  return server;
}

async function callTool(
  params: { name: string; arguments?: Record<string, unknown> },
  { origins, recordMiss, search = searchQuestions }: McpContext,
) {
  if (params.name === 'search_questions') {
    const { query, limit } = parse(searchInput, params.arguments);
    const { results, note, missed } = await search(query, limit);
    if (missed) await recordMiss?.(query);
    const structured = { results, ...(note ? { note } : {}) };
    return {
      content: [{ type: 'text', text: JSON.stringify(structured, null, 2) }],
      structuredContent: structured,
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
