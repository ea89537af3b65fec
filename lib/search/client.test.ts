import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeArticle } from '@/pipeline/content/__fixtures__/make';
import { buildSearchFiles } from '@/pipeline/search-index/build';
import { SEARCH_INDEX_PATH } from './format';

const articles = Array.from({ length: 12 }, (_, i) =>
  makeArticle({ id: i + 1, question: `What is osmosis number ${i}?`, answer: `Osmosis moves water, case ${i}.` }),
);
const { files } = await buildSearchFiles(articles, [{ name: 'Biology', slug: 'biology', count: articles.length }], {
  expand: false,
  english: false,
  pack: 4,
});

/** A static server over the built files; `ranges: false` ignores Range and sends the whole file, as some do. */
function serve(ranges: boolean) {
  const requests: string[] = [];
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    const file = url.slice(SEARCH_INDEX_PATH.length + 1);
    const body = files.get(file);
    const range = new Headers(init?.headers).get('range');
    requests.push(`${file}${range ? ` ${range}` : ''}`);
    if (!body) return new Response('not found', { status: 404 });
    const match = /^bytes=(\d+)-(\d+)$/.exec(range ?? '');
    if (!ranges || !match) return new Response(new Uint8Array(body), { status: 200 });
    return new Response(new Uint8Array(body.subarray(Number(match[1]), Number(match[2]) + 1)), { status: 206 });
  });
  return requests;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('the browser client', () => {
  it('reads each result as two byte ranges of its pack', async () => {
    const requests = serve(true);
    const { search } = await import('./client');
    const outcome = await search('osmosis water', { limit: 6 });
    expect(outcome.hits).toHaveLength(6);
    expect(outcome.hits.every((hit) => hit.url.startsWith('/learn/biology/questions/what-is-osmosis-number-'))).toBe(
      true,
    );
    const ranged = requests.filter((r) => r.includes('/d/'));
    expect(ranged).toHaveLength(12);
    expect(ranged.every((r) => / bytes=\d+-\d+$/.test(r))).toBe(true);
  });

  it('cuts the ranges out of a whole pack when the server ignores Range, fetching each pack once', async () => {
    const requests = serve(false);
    const { search } = await import('./client');
    const outcome = await search('osmosis water', { limit: 6 });
    expect(outcome.hits.map((hit) => hit.question)).toHaveLength(6);
    const packs = requests.filter((r) => r.includes('/d/')).map((r) => r.split(' ')[0]);
    expect(new Set(packs).size).toBe(packs.length);
  });
});
