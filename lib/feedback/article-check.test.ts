import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isArticle } from './article-check';
import { InputError } from './input-error';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('isArticle', () => {
  it('refuses any address that is not an article path before reading the store', () => {
    for (const url of ['/learn/biology', '/learn/Biology/questions/x', '/learn/a/questions/b/c', '/learn/a/questions/'])
      expect(isArticle(url), url).toBe(false);
  });

  it('says in words, never with a path, that the URL index is missing', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'no-store-'));
    vi.spyOn(process, 'cwd').mockReturnValue(empty);
    vi.stubEnv('NODE_ENV', 'production');
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    let refused: unknown;
    try {
      isArticle('/learn/biology/questions/how-does-dna-replication-work');
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(InputError);
    expect((refused as InputError).status).toBe(503);
    expect((refused as InputError).message).toMatch(/list of articles is missing/);
    expect((refused as InputError).message).not.toMatch(/\/|\\|urls\.bin|content-store/);
    expect(log).toHaveBeenCalled();
    fs.rmSync(empty, { recursive: true });
  });
});
