import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { describe, expect, it } from 'vitest';
import { makeArticle } from '@/pipeline/content/__fixtures__/make';
import { buildSearchFiles } from '@/pipeline/search-index/build';
import { memorySource } from '@/lib/search/__fixtures__/memory-source';
import type { IndexSource } from '@/lib/search/index-reader';
import { createQuestionSearch, IndexUnavailableError } from './search';
import { createMcpServer } from './server';

const TOPICS = [
  ['How does change management work?', 'Change management trains staff on a new system through training.'],
  ['What is a management system?', 'A management system is a set of processes; training helps the system work.'],
  ['What does sleep do for the body?', 'Sleep restores the body, and the immune system does much of its work then.'],
  ['What is Six Sigma?', 'Six Sigma trains Master Black Belts to cut defects in a process system.'],
  ['How does photosynthesis work?', 'Plants turn light, water and carbon dioxide into sugar in the chloroplast.'],
];
const articles = TOPICS.map(([question = '', answer = ''], i) => makeArticle({ id: i + 1, question, answer }));
const { files } = await buildSearchFiles(articles, [{ name: 'Biology', slug: 'biology', count: articles.length }], {
  expand: false,
});

type Result = { results: { question: string; match: string; missing?: string[] }[]; note?: string };

async function connect(source: IndexSource, missed: string[] = []) {
  const server = createMcpServer({
    origins: ['https://example.org'],
    recordMiss: async (query) => void missed.push(query),
    search: createQuestionSearch(source),
  });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  const client = new Client({ name: 'test', version: '1.0.0' });
  await client.connect(clientSide);
  const search = async (query: string) =>
    (await client.callTool({ name: 'search_questions', arguments: { query } })).structuredContent as Result;
  return { client, search, missed };
}

describe('search_questions says what it found', { timeout: 60_000 }, () => {
  it('tags full and partial matches, and names what the site has no answer about', async () => {
    const { search } = await connect(memorySource(files));
    const full = await search('photosynthesis chloroplast');
    expect(full.results[0]).toMatchObject({ question: 'How does photosynthesis work?', match: 'full' });
    expect(full.note).toBeUndefined();
    const partial = await search('how do vaccines train the immune system');
    expect(partial.results.map((r) => [r.question, r.match])).toEqual([
      ['What does sleep do for the body?', 'partial'],
    ]);
    expect(partial.results[0]?.missing).toContain('vaccines');
    expect(partial.note).toMatch(/^No answer about “vaccines” yet/);
  });

  it('records a search that finds only common words as missed, and not one that finds an answer', async () => {
    const { search, missed } = await connect(memorySource(files));
    const black = await search('how do black holes evaporate');
    expect(black.results).toEqual([]);
    expect(black.note).toBe('No answer about “holes” and “evaporate” yet');
    await search('photosynthesis chloroplast');
    expect(missed).toEqual(['how do black holes evaporate']);
  });

  it('never puts a file path in an error answer', async () => {
    const missing = () => {
      throw Object.assign(new Error("ENOENT: no such file or directory, open '/srv/site/public/search-index/x.bin'"), {
        code: 'ENOENT',
      });
    };
    for (const [source, words] of [
      [{ file: missing, range: missing }, "this server cannot read the site's articles or search index right now"],
      [
        {
          file: () => Promise.reject(new IndexUnavailableError()),
          range: () => Promise.reject(new IndexUnavailableError()),
        },
        'the search index is not available on this server',
      ],
    ] as const) {
      const { client } = await connect(source);
      const answer = await client.callTool({ name: 'search_questions', arguments: { query: 'osmosis' } }).then(
        (result) => JSON.stringify(result),
        (error: Error) => error.message,
      );
      expect(answer).toContain(words);
      expect(answer).not.toMatch(/\/srv|search-index|ENOENT/);
    }
  });
});
