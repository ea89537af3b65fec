import { describe, expect, it } from 'vitest';
import { resolveArticleUrl } from './resolve';

const ORIGINS = ['https://example.org'];
const PATH = '/learn/biology/questions/how-does-dna-replication-work';
const PARTS = { subject: 'biology', slug: 'how-does-dna-replication-work' };

describe('resolveArticleUrl', () => {
  it('reads a path, its .md copy and a full URL of this site', () => {
    expect(resolveArticleUrl(PATH, ORIGINS)).toEqual(PARTS);
    expect(resolveArticleUrl(`${PATH}.md`, ORIGINS)).toEqual(PARTS);
    expect(resolveArticleUrl(`${PATH}/?utm=x#a`, ORIGINS)).toEqual(PARTS);
    expect(resolveArticleUrl(`https://example.org${PATH}`, ORIGINS)).toEqual(PARTS);
  });

  it('refuses other sites, protocol-relative URLs and other paths', () => {
    expect(resolveArticleUrl(`https://evil.example${PATH}`, ORIGINS)).toBeUndefined();
    expect(resolveArticleUrl(`//evil.example${PATH}`, ORIGINS)).toBeUndefined();
    expect(resolveArticleUrl('/learn/biology', ORIGINS)).toBeUndefined();
    expect(resolveArticleUrl('/learn/biology/questions/a/b', ORIGINS)).toBeUndefined();
    expect(resolveArticleUrl('biology/questions/x', ORIGINS)).toBeUndefined();
    expect(resolveArticleUrl('/learn/%E0%A4%A/questions/x', ORIGINS)).toBeUndefined();
    expect(resolveArticleUrl('http://[::1', ORIGINS)).toBeUndefined();
  });
});
