import { afterAll, describe, expect, it } from 'vitest';
import { loadLibrary } from '@/pipeline/live';
import { Workers } from '@/pipeline/workers/workers';
import { buildSearchFiles } from './build';

const library = await loadLibrary();
const workers = new Workers(2, 0);
afterAll(() => workers.close());

const OPTIONS = { shards: 64, wordBuckets: 16, pack: 8 };

describe('the analysis across threads', () => {
  it('gives byte for byte the files of one pass in this thread, whatever the batches', async () => {
    const one = await buildSearchFiles(library.articles, library.subjects, OPTIONS);
    const threaded = await buildSearchFiles(library.articles, library.subjects, { ...OPTIONS, workers, batch: 7 });
    expect(workers.threads).toBe(2);
    expect(threaded.manifest.version).toBe(one.manifest.version);
    expect([...threaded.files.keys()]).toEqual([...one.files.keys()]);
    for (const [file, body] of one.files)
      expect(Buffer.compare(threaded.files.get(file) ?? new Uint8Array(), body), file).toBe(0);
  });
});
