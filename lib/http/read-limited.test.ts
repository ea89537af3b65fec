import { describe, expect, it } from 'vitest';
import { readLimited } from './read-limited';

const streamOf = (chunks: string[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      controller.close();
    },
  });
const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request('http://x/', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

describe('readLimited', () => {
  it('reads a body up to the limit, and nothing past it', async () => {
    expect(new TextDecoder().decode(await readLimited(post('a'.repeat(8)), 8))).toBe('aaaaaaaa');
    expect(await readLimited(post('a'.repeat(9)), 8)).toBeUndefined();
    expect(await readLimited(new Request('http://x/'), 8)).toEqual(new Uint8Array());
  });

  it('counts the bytes that arrive, not what Content-Length claims', async () => {
    expect(await readLimited(post(streamOf(['aaaa', 'aaaa', 'a'])), 8)).toBeUndefined();
    expect(await readLimited(post('ab', { 'content-length': '9000' }), 8)).toBeUndefined();
    expect(new TextDecoder().decode(await readLimited(post(streamOf(['ab', 'cd'])), 8))).toBe('abcd');
  });
});
