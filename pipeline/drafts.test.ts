import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { liveOf } from '@/lib/data/live';
import { makeSource } from './content/__fixtures__/make';
import { libraryOf } from './content/library';
import { loadLibrary, loadLive } from './live';
import { scanContent } from './scan';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function useContent(sources: { file: string; source: string }[]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lib-'));
  roots.push(dir);
  for (const { file, source } of sources) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), source);
  }
  return dir;
}

const published = makeSource({ id: 1, question: 'Published?' });
const draft = makeSource({ id: 2, question: 'Draft?', extra: 'draft: true\n' });
const draftUrl = '/learn/biology/questions/draft';

describe('the library', () => {
  it('leaves drafts out of production builds', async () => {
    const { articles } = await scanContent({ dir: useContent([published, draft]), cache: false });
    const library = libraryOf(articles, { drafts: false });
    expect(library.articles.map((a) => a.id)).toEqual([1]);
    expect(library.byUrl.get(draftUrl)).toBeUndefined();
    expect(library.subjects).toEqual([{ name: 'Biology', slug: 'biology', count: 1 }]);
  });

  it('shows drafts in development, flagged', async () => {
    const library = await loadLibrary({ dir: useContent([published, draft]) });
    expect(library.byUrl.get(draftUrl)?.draft).toBe(true);
  });

  it('fails a build with every error and its file rather than hiding a bad article', async () => {
    const broken = makeSource({ id: 3, question: 'Broken?', date: '2024-13-01' });
    await expect(loadLibrary({ dir: useContent([published, broken]) })).rejects.toThrow(
      'content/biology/broken.md:4: date: must be a real calendar date written YYYY-MM-DD',
    );
  });
});

describe('next dev', () => {
  it('fails only the page of an article with an error; the others keep serving', async () => {
    const broken = makeSource({ id: 3, question: 'Broken?' });
    const unparsable = { file: 'biology/unparsable.md', source: '---\nid: [\n---\n' };
    const dir = useContent([published, { ...broken, source: broken.source.replace('date: ', 'date: x') }, unparsable]);
    const data = liveOf(await loadLive({ dir }));
    expect(data.article('/learn/biology/questions/published')?.question).toBe('Published?');
    expect(data.subjects()).toEqual([{ name: 'Biology', slug: 'biology', count: 1 }]);
    expect(() => data.article('/learn/biology/questions/broken')).toThrow(/broken\.md:\d+: date: /);
    expect(() => data.markdown('/learn/biology/questions/unparsable')).toThrow(/unparsable\.md:\d+: /);
  });

  it('sees an edited file on the first read after the recheck interval, and not before', async () => {
    const dir = useContent([published]);
    let now = 1_000;
    const read = async () =>
      (await loadLive({ dir, now: () => now })).library.byUrl.get('/learn/biology/questions/published')?.question;
    expect(await read()).toBe('Published?');
    const file = path.join(dir, published.file);
    const edited = published.source.replace(/question: >-\n {4}Published\?/, 'question: >-\n    Published, edited?');
    fs.writeFileSync(file, edited);
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
    now += 100;
    expect(await read()).toBe('Published?');
    now += 500;
    expect(await read()).toBe('Published, edited?');
  });
});

describe('next dev after a read that failed', () => {
  it('reads the folder again instead of keeping the failure while no file changed', async () => {
    const dir = useContent([published]);
    let now = 10_000;
    const question = async () =>
      (await loadLive({ dir, now: () => now })).library.byUrl.get('/learn/biology/questions/published')?.question;
    expect(await question()).toBe('Published?');
    // The folder is away for one read (moved, a transient EMFILE), then back with the same files and times.
    fs.renameSync(dir, `${dir}-away`);
    now += 600;
    await expect(question()).rejects.toThrow(/content folder not found/);
    fs.renameSync(`${dir}-away`, dir);
    now += 600;
    expect(await question()).toBe('Published?');
  });
});
