import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appendCacheFile, readCacheFile, writeCacheFile } from './cache-file';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cache-file-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const entries = (from: number, count: number): [string, { n: number; text: string }][] =>
  Array.from({ length: count }, (_, i) => [`k${from + i}`, { n: from + i, text: 'answer '.repeat(from + i) }]);

describe('the cache file', () => {
  it('writes and appends every frame it is given, and reads them all back', async () => {
    const file = path.join(root, 'frames.bin');
    await writeCacheFile(file, entries(0, 5), 2);
    await appendCacheFile(file, entries(5, 3), 2);
    const { entries: read, bytes } = readCacheFile<{ n: number }>(file);
    expect(read.map(([key, value]) => [key, value.n])).toEqual(entries(0, 8).map(([key, value]) => [key, value.n]));
    expect(bytes).toBe(fs.statSync(file).size);
    expect(fs.readdirSync(root)).toEqual(['frames.bin']);
  });
});
