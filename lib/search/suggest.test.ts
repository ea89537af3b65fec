import { describe, expect, it } from 'vitest';
import { loadLibrary } from '@/pipeline/live';
import { buildSearchFiles } from '@/pipeline/search-index/build';
import { createSearchEngine } from './engine';
import { memorySource } from './__fixtures__/memory-source';
import { addressWords, suggestForAddress } from './suggest';

const library = await loadLibrary();

const { files } = await buildSearchFiles(library.articles, library.subjects);
const engine = createSearchEngine(memorySource(files));
const suggest = (pathname: string) => suggestForAddress(engine.search, pathname);
const subjectsOf = async (pathname: string) => (await suggest(pathname)).map((hit) => hit.subject);

describe('the 404 page suggestions', () => {
  it('reads the subject and the words of the address', () => {
    expect(addressWords('/learn/business-and-management/questions/what-is-a-kpi')).toEqual({
      subject: 'business and management',
      words: 'what is a kpi',
    });
    expect(addressWords('/learn/biology/page/9')).toEqual({ subject: 'biology', words: '9' });
    expect(addressWords('/some/where%ZZ')).toEqual({ subject: '', words: 'some where zz' });
  });

  it("puts the address's subject first for a nonsense slug", async () => {
    // Before: World War I (History) for "hello world", marine life and the product life cycle for "meaning of life".
    for (const pathname of [
      '/learn/biology/questions/hello-world',
      '/learn/biology/questions/what-is-the-meaning-of-life',
      '/learn/history/questions/lorem-ipsum',
      '/learn/chemistry/questions/xyz',
    ]) {
      const subjects = await subjectsOf(pathname);
      const name = pathname.split('/')[2]!.replace(/^./, (c) => c.toUpperCase());
      expect(subjects.length, pathname).toBeGreaterThanOrEqual(3);
      expect(subjects.slice(0, 3), pathname).toEqual([name, name, name]);
    }
  });

  it("prefers the subject's matching questions, then other subjects' matches", async () => {
    const hits = await suggest('/learn/mathematics/questions/energy-of-cells');
    expect(hits.length).toBe(5);
    // No mathematics article mentions cells or energy: its own questions lead, matches elsewhere follow.
    expect(hits.slice(0, 3).every((hit) => hit.subject === 'Mathematics')).toBe(true);
    expect(hits.slice(3).every((hit) => hit.subject !== 'Mathematics')).toBe(true);
    const osmosis = await suggest('/learn/biology/questions/how-does-osmosis-work-in-cells');
    expect(osmosis[0]?.question).toMatch(/osmosis/i);
    expect(osmosis[0]?.subject).toBe('Biology');
  });

  it('searches the whole address when the folder is not a subject', async () => {
    expect((await suggest('/learn/biolgy/questions/osmosis'))[0]?.question).toMatch(/osmosis/i);
    expect((await suggest('/osmosis-in-cells'))[0]?.question).toMatch(/osmosis/i);
    expect(await suggest('/')).toEqual([]);
  });
});
