import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeSource } from './__fixtures__/make';

const roots: string[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
  roots.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }));
});

function useContent(sources: { file: string; source: string }[]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lib-'));
  roots.push(dir);
  for (const { file, source } of sources) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), source);
  }
  vi.stubEnv('CONTENT_DIR', dir);
  return dir;
}

const published = makeSource({ id: 1, question: 'Published?' });
const draft = makeSource({ id: 2, question: 'Draft?', extra: 'draft: true\n' });

describe('getLibrary', () => {
  it('leaves drafts out of production builds', async () => {
    useContent([published, draft]);
    vi.stubEnv('NODE_ENV', 'production');
    const content = await import('./index');
    expect(content.getAllArticles().map((a) => a.id)).toEqual([1]);
    expect(content.getArticle('biology', 'draft')).toBeUndefined();
    expect(content.getSubjects()).toEqual([{ name: 'Biology', slug: 'biology', count: 1 }]);
  });

  it('shows drafts in development, flagged', async () => {
    useContent([published, draft]);
    vi.stubEnv('NODE_ENV', 'development');
    const content = await import('./index');
    expect(content.getArticle('biology', 'draft')?.draft).toBe(true);
  });

  it('fails with every error and its file rather than hiding a bad article', async () => {
    const broken = makeSource({ id: 3, question: 'Broken?', date: '2024-13-01' });
    useContent([published, broken]);
    vi.stubEnv('NODE_ENV', 'production');
    const content = await import('./index');
    expect(() => content.getLibrary()).toThrow(
      'content/biology/broken.md:4: date: must be a real calendar date written YYYY-MM-DD',
    );
  });

  it('sees an edited file on the next call in development', async () => {
    const dir = useContent([published]);
    vi.stubEnv('NODE_ENV', 'development');
    const content = await import('./index');
    expect(content.getArticle('biology', 'published')?.question).toBe('Published?');
    const file = path.join(dir, published.file);
    fs.writeFileSync(
      file,
      published.source.replace(/question: >-\n {4}Published\?/, 'question: >-\n    Published, edited?'),
    );
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(content.getArticle('biology', 'published')?.question).toBe('Published, edited?');
  });
});
