import { z } from 'zod';

export const QUERY_LIMIT = 200;
export const MAX_RESULTS = 20;

/** Inputs, validated here: a bad one is a JSON-RPC "invalid params" error naming the field. */
export const searchInput = z.strictObject({
  query: z.string().trim().min(1, 'must not be empty').max(QUERY_LIMIT, `must be at most ${QUERY_LIMIT} characters`),
  limit: z.number().int().min(1).max(MAX_RESULTS).default(10),
});

export const getInput = z.strictObject({ url: z.string().min(1).max(2048) });

/** What tools/list shows an assistant: read-only, and what each returns. */
export const TOOLS = [
  {
    name: 'search_questions',
    title: 'Search questions',
    description:
      "Search this site's questions and answers with its own search engine. Returns the best matches, each with url, " +
      "question, subject, a snippet of the answer and match: 'full' when the article holds every word of the query, " +
      "'partial' (with the missing words) when it holds only some. `note` says when the site has no answer about " +
      'some words yet; treat partial matches as possibly off-topic.',
    inputSchema: {
      type: 'object',
      properties: {
        query: { type: 'string', minLength: 1, maxLength: QUERY_LIMIT, description: 'Words to search for' },
        limit: { type: 'integer', minimum: 1, maximum: MAX_RESULTS, default: 10, description: 'How many results' },
      },
      required: ['query'],
      additionalProperties: false,
    },
    annotations: { readOnlyHint: true, openWorldHint: false },
  },
  {
    name: 'get_question',
    title: 'Get a question',
    description:
      'The full Markdown copy of one article (question, byline, answer, sources, its "Check yourself" questions ' +
      'with their answers and explanations, canonical link), enough to quiz a learner on it. `url` is a path ' +
      'such as /learn/<subject>/questions/<slug> or a full URL of this site.',
    inputSchema: {
      type: 'object',
      properties: { url: { type: 'string', minLength: 1, maxLength: 2048, description: 'The article path or URL' } },
      required: ['url'],
      additionalProperties: false,
    },
    annotations: { readOnlyHint: true, openWorldHint: false },
  },
] as const;

export const invalidMessage = (error: z.ZodError) =>
  error.issues.map((issue) => `${issue.path.join('.') || 'arguments'}: ${issue.message}`).join('; ');
