import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeStore, type StoreEntry } from './write-store';

let root = '';
beforeEach(() => void (root = fs.mkdtempSync(path.join(os.tmpdir(), 'qt-write-store-'))));
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const entry = (i: number) =>
  ({
    record: { url: `/learn/s/questions/q-${i}` },
    card: { url: `/learn/s/questions/q-${i}` },
    markdown: '',
  }) as unknown as StoreEntry;

const input = (entries: Iterable<StoreEntry>) => ({
  entries,
  subjects: [],
  prerendered: [],
  latest: [],
  sitemaps: [],
  siteUrl: 'https://learn.example.org',
});

describe('writeStore', () => {
  it('when the entries fail midway, lets no shard job run on and leaves no staging folder', async () => {
    function* failing() {
      for (let i = 0; i < 40; i++) yield entry(i);
      throw new Error('render failed');
    }
    const written: number[] = [];
    const cacheDir = path.join(root, 'cache');
    await expect(
      writeStore(input(failing()), path.join(root, 'store'), {
        perShard: 2,
        cacheDir,
        onShard: (n) => written.push(n),
      }),
    ).rejects.toThrow('render failed');
    const reported = written.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(written).toHaveLength(reported);
    expect(fs.readdirSync(root).filter((name) => name !== 'cache')).toEqual([]);
  });

  it('writes a store of no articles through the shard cache, twice', async () => {
    const cacheDir = path.join(root, 'cache');
    const first = await writeStore(input([]), path.join(root, 'a'), { cacheDir });
    const second = await writeStore(input([]), path.join(root, 'b'), { cacheDir });
    // The record and card shards come from the cache; the Markdown copies' shard is compressed again.
    expect([first.shards, second.reused, second.compressed]).toEqual([1, 2, 1]);
    expect(fs.readdirSync(cacheDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
