import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { appendCacheFile, readCacheFile, writeCacheFile } from './cache-file';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cache-file-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

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
    expect(fs.readdirSync(root).filter((name) => name.startsWith('frames'))).toEqual(['frames.bin']);
  });

  it('resumes a short write', async () => {
    const file = path.join(root, 'short.bin');
    const write = fs.writeSync.bind(fs) as (fd: number, buffer: Buffer, offset: number, length: number) => number;
    vi.spyOn(fs, 'writeSync').mockImplementation(((fd: number, buffer: Buffer, offset: number, length: number) =>
      write(fd, buffer, offset, Math.min(length, 7))) as typeof fs.writeSync);
    await writeCacheFile(file, entries(0, 3), 2);
    expect(readCacheFile<{ n: number }>(file).entries.map(([, value]) => value.n)).toEqual([0, 1, 2]);
  });

  it('leaves the file as it was, and no temporary file, when a write fails', async () => {
    const file = path.join(root, 'full.bin');
    await writeCacheFile(file, entries(0, 2), 2);
    const before = fs.readFileSync(file);
    vi.spyOn(fs, 'writeSync').mockImplementation(() => {
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    });
    await expect(writeCacheFile(file, entries(0, 4), 2)).rejects.toThrow('ENOSPC');
    expect(fs.readFileSync(file)).toEqual(before);
    expect(fs.readdirSync(root).filter((name) => name.startsWith('full'))).toEqual(['full.bin']);
  });
});
