import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeStore, type StoreEntry } from './write-store';

let root = '';
beforeEach(() => void (root = fs.mkdtempSync(path.join(os.tmpdir(), 'qt-write-store-'))));
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const entry = (i: number, key?: string, built: number[] = []) =>
  ({
    url: `/learn/s/questions/q-${i}`,
    ...(key === undefined ? {} : { keys: { shards: key, markdown: `copy of ${key}` } }),
    record: () => (built.push(i), { url: `/learn/s/questions/q-${i}`, answerHtml: `<p>${key ?? i}</p>` }),
    card: { url: `/learn/s/questions/q-${i}` },
    markdown: () => ({ url: `/learn/s/questions/q-${i}`, answerMarkdown: key ?? String(i) }),
  }) as unknown as StoreEntry;

const shard = (dir: string, n: number, kind = 'shards') =>
  zlib.brotliDecompressSync(fs.readFileSync(path.join(dir, kind, `${n}.json.br`))).toString();

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
    expect([first.shards, second.reused, second.compressed]).toEqual([1, 3, 0]);
    expect(fs.readdirSync(cacheDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('builds a shard of records and copies only when its keys changed, under the same code version', async () => {
    const cacheDir = path.join(root, 'cache');
    const write = async (name: string, keys: (string | undefined)[], keysVersion?: string) => {
      const built: number[] = [];
      const prepared: string[] = [];
      const entries = keys.map((key, i) => entry(i, key, built));
      const prepare = async (todo: StoreEntry[]) => void prepared.push(...todo.map((e) => e.url.slice(-1)));
      await writeStore(input(entries), path.join(root, name), { perShard: 2, cacheDir, keysVersion, prepare });
      return { built, prepared: prepared.join('') };
    };
    expect(await write('a', ['k0', 'k1', 'k2', 'k3'], 'v1')).toEqual({ built: [0, 1, 2, 3], prepared: '0123' });
    expect(await write('b', ['k0', 'k1', 'k2', 'k3'], 'v1')).toEqual({ built: [], prepared: '' });
    for (const kind of ['shards', 'markdown', 'cards'])
      expect(shard(path.join(root, 'b'), 1, kind)).toBe(shard(path.join(root, 'a'), 1, kind));
    // One key changed: its shard is built again, and holds the new record and copy.
    expect(await write('c', ['k0', 'k1', 'k2', 'k3 edited'], 'v1')).toEqual({ built: [2, 3], prepared: '23' });
    expect(shard(path.join(root, 'c'), 1)).toContain('k3 edited');
    expect(shard(path.join(root, 'c'), 1, 'markdown')).toContain('k3 edited');
    expect(shard(path.join(root, 'c'), 0)).toBe(shard(path.join(root, 'a'), 0));
    // Another code version, or an entry without keys, never reads a shard cached by keys.
    expect((await write('d', ['k0', 'k1', 'k2', 'k3'], 'v2')).built).toEqual([0, 1, 2, 3]);
    expect((await write('e', ['k0', undefined, 'k2', 'k3'], 'v2')).built).toEqual([0, 1]);
    expect((await write('f', ['k0', 'k1', 'k2', 'k3'])).built).toEqual([0, 1, 2, 3]);
  });
});
