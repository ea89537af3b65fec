import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { siteEnv } from '@/lib/config';
import { absoluteUrl, getSiteUrl } from '@/lib/config/site';
import { makeArticle } from '@/pipeline/content/__fixtures__/make';
import { compileArticle, compileMarkdown } from '@/pipeline/compile/record';
import { compileStore } from '@/pipeline/compile/store';
import { buildLibrary } from '@/pipeline/content/library';
import { renderMarkdownCopy } from '@/lib/seo/markdown-copy';
import { articleMetadata } from '@/lib/seo/metadata';
import { articleJsonLd } from '@/lib/seo/structured-data';
import { STORE_FOLDER } from './format';
import { storeSiteUrl } from './site-url';

const article = makeArticle();
const library = buildLibrary([article]);

/** A store compiled for `siteUrl`, in its own folder as the build writes it. */
async function buildStore(siteUrl: string): Promise<string> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'site-url-'));
  const out = path.join(root, STORE_FOLDER);
  await compileStore(library, { out, siteUrl, prerenderLimit: 1, cache: false, threads: 0 });
  return root;
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('the base URL is a build output', () => {
  it('is recorded in the store manifest', async () => {
    const root = await buildStore('https://example.org');
    const manifest = JSON.parse(fs.readFileSync(path.join(root, STORE_FOLDER, 'manifest.json'), 'utf8'));
    expect(manifest.siteUrl).toBe('https://example.org');
    expect(storeSiteUrl(path.join(root, STORE_FOLDER))).toBe('https://example.org');
  });

  it('is what a production request uses, whatever the server was started with', async () => {
    const root = await buildStore('https://example.org');
    vi.spyOn(process, 'cwd').mockReturnValue(root);
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('SITE_URL', '');
    expect(getSiteUrl()).toBe('https://example.org');
    vi.stubEnv('SITE_URL', 'https://other.example');
    expect(getSiteUrl()).toBe('https://example.org');

    const record = compileArticle(library, article);
    const metadata = articleMetadata(record);
    const canonical = `https://example.org${article.url}`;
    expect(metadata.alternates?.canonical).toBe(canonical);
    expect(metadata.openGraph).toMatchObject({ url: canonical });
    expect(JSON.stringify(metadata.openGraph)).toContain('https://example.org/og/biology/what-is-osmosis');
    expect(articleJsonLd(record).mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': canonical });
    expect(renderMarkdownCopy(compileMarkdown(article))).toContain(`Canonical: <${canonical}>`);
    expect(absoluteUrl(article.url)).toBe(canonical);
  });

  it('comes from the environment outside production (next dev, tools)', async () => {
    const root = await buildStore('https://example.org');
    vi.spyOn(process, 'cwd').mockReturnValue(root);
    vi.stubEnv('SITE_URL', 'https://dev.example');
    expect(getSiteUrl()).toBe('https://dev.example');
  });

  it('refuses a SITE_URL with a path, query or credentials, with a clear message', () => {
    for (const value of ['https://example.org/docs', 'https://example.org/?a=1', 'https://u:p@example.org']) {
      expect(() => siteEnv({ SITE_URL: value })).toThrow(/SITE_URL=.*must be an origin without a path/);
    }
    expect(siteEnv({ SITE_URL: 'https://example.org/' }).SITE_URL).toBe('https://example.org/');
  });
});
