import { describe, expect, it, vi } from 'vitest';

// The first card's render fails (as a font or layout bug would); the second, the fallback, succeeds.
vi.mock('next/og', async (importOriginal) => {
  const actual = await importOriginal<typeof import('next/og')>();
  let renders = 0;
  class FailingOnce extends actual.ImageResponse {
    override async arrayBuffer(): Promise<ArrayBuffer> {
      if (renders++ === 0) throw new Error('satori: layout failed');
      return super.arrayBuffer();
    }
  }
  return { ...actual, ImageResponse: FailingOnce };
});

describe('an Open Graph render error', () => {
  it('answers 200 with the fallback card instead of a 500', async () => {
    const { renderOgImage } = await import('@/components/og-image');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = await renderOgImage('What is osmosis?', 'Biology');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    expect(errors).toHaveBeenCalledWith('og: fell back to the plain card (satori: layout failed)');
  });
});
