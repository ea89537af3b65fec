import { afterEach, describe, expect, it, vi } from 'vitest';
import { handleFeedback, handleSearchMiss } from './handler';

const post = (body: unknown, headers: Record<string, string> = {}) =>
  new Request('http://localhost/api/feedback', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
const VOTE = { url: '/learn/biology/questions/how-does-dna-replication-work', helpful: true };

afterEach(() => vi.unstubAllEnvs());

describe('the feedback API without a usable database', () => {
  it('answers 503 on Vercel without DATABASE_URL, before reading anything', async () => {
    vi.stubEnv('VERCEL', '1');
    vi.stubEnv('DATABASE_URL', '');
    const response = await handleFeedback(post(VOTE));
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ ok: false, error: expect.stringContaining('DATABASE_URL') });
    expect((await handleSearchMiss(post({ query: 'x' }))).status).toBe(503);
  });

  it('answers 503 with Retry-After, not 500, when the PostgreSQL does not answer', async () => {
    vi.stubEnv('DATABASE_URL', 'postgres://nobody:x@127.0.0.1:1/none');
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await handleFeedback(post(VOTE));
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  it('still refuses bad input first: a foreign Origin is 403 whatever the database', async () => {
    vi.stubEnv('DATABASE_URL', 'postgres://nobody:x@127.0.0.1:1/none');
    expect((await handleFeedback(post(VOTE, { origin: 'https://evil.example' }))).status).toBe(403);
  });
});
