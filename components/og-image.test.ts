import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderOgImage } from '@/components/og-image';
import { OG_QUESTIONS as QUESTIONS } from '@/lib/seo/__fixtures__/og-questions';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('Open Graph images never touch the network', () => {
  let calls: string[] = [];
  beforeEach(() => {
    calls = [];
    const realFetch = globalThis.fetch;
    // next/og loads its own WebAssembly from data: URLs, which never leave the process.
    vi.stubGlobal('fetch', (input: string | URL | Request, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.startsWith('data:')) return realFetch(input, init);
      calls.push(url);
      return Promise.reject(new TypeError('fetch failed: the network is blocked in this test'));
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it.each(Object.entries(QUESTIONS))('%s question: 200, a PNG, no fetch', async (name, question) => {
    const started = performance.now();
    const response = await renderOgImage(question, name === 'cjk' ? '生物学 Biology' : 'Business and Management');
    // The first render also starts resvg's WASM; before the fix a 20 KB question took 5 s.
    expect(performance.now() - started).toBeLessThan(3000);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    const body = new Uint8Array(await response.arrayBuffer());
    expect([...body.slice(0, 8)]).toEqual(PNG);
    expect(calls).toEqual([]);
  });
});
