import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { expect } from '@playwright/test';

type Hit = { url: string; question: string; subject: string; snippet: string; match: 'full' | 'partial' };
const textOf = (result: Record<string, unknown>) =>
  ((result.content as { type: string; text?: string }[] | undefined) ?? []).map((c) => c.text ?? '').join('');

/**
 * A whole MCP session through the SDK's own client, as an assistant would run it: initialize, list tools,
 * search, read the first hit, and refuse bad input with JSON-RPC errors. Shared by the e2e and cold-start tests.
 */
export async function runMcpSession(base: string, query: string, expected: { url: string; question: string }) {
  const client = new Client({ name: 'e2e', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL('/mcp', base)));
  try {
    expect(client.getServerVersion()?.name).toBe('QuickTakes');
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(['get_question', 'search_questions']);
    expect(tools.every((t) => t.annotations?.readOnlyHint === true)).toBe(true);

    const found = await client.callTool({ name: 'search_questions', arguments: { query, limit: 3 } });
    const hits = (found.structuredContent as { results: Hit[] }).results;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(3);
    expect(hits[0]).toMatchObject({ url: expected.url, question: expected.question, match: 'full' });
    expect(hits[0]?.snippet.length).toBeGreaterThan(20);
    expect(JSON.parse(textOf(found))).toEqual(found.structuredContent);

    for (const url of [expected.url, new URL(`${expected.url}.md`, base).href]) {
      const copy = await client.callTool({ name: 'get_question', arguments: { url } });
      expect(copy.isError).toBeFalsy();
      expect(textOf(copy)).toMatch(new RegExp(`^# ${expected.question.replace(/[?.()]/g, '\\$&')}\n`));
    }

    const refusals: [string, Record<string, unknown>, RegExp][] = [
      ['search_questions', { query: 'x'.repeat(201) }, /query: must be at most 200 characters/],
      ['search_questions', { query: 'cells', limit: 0 }, /limit/],
      ['search_questions', { query: 'cells', limit: 21 }, /limit/],
      ['search_questions', {}, /query/],
      ['get_question', { url: 'https://elsewhere.example/learn/a/questions/b' }, /not an article of this site/],
      ['get_question', { url: '/learn/biology/questions/no-such-question' }, /no article at/],
      ['no_such_tool', {}, /unknown tool/],
    ];
    for (const [name, args, message] of refusals) {
      const call = client.callTool({ name, arguments: args });
      await expect(call, `${name} ${JSON.stringify(args).slice(0, 60)}`).rejects.toMatchObject({ code: -32602 });
      await expect(call).rejects.toThrow(message);
    }
  } finally {
    await client.close();
  }
}
