import { describe, expect, it } from 'vitest';
import { ahead, jobQueue } from './bounded';

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((yes) => (resolve = yes));
  return { promise, resolve };
};

describe('ahead', () => {
  it('starts at most `window` items beyond the one taken, and yields in order', () => {
    const started: number[] = [];
    const results = ahead([1, 2, 3, 4, 5, 6], (n) => (started.push(n), n * 10), 2);
    const first = results.next();
    expect(first.value).toBe(10);
    expect(started).toEqual([1, 2, 3]);
    expect([...results]).toEqual([20, 30, 40, 50, 60]);
    expect(started).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('with a window of 0 starts each item only when it is taken', () => {
    const started: number[] = [];
    const results = ahead(['a', 'b'], (s) => started.push(s.length), 0);
    results.next();
    expect(started).toHaveLength(1);
  });

  it('leaves a failure started ahead to the caller who takes it, not to an unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const results = ahead([0, 1], (n) => (n === 1 ? Promise.reject(new Error('bad batch')) : Promise.resolve(n)), 1);
      await expect(results.next().value).resolves.toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).toEqual([]);
      await expect(results.next().value).rejects.toThrow('bad batch');
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});

describe('jobQueue', () => {
  it('keeps `add` waiting while `limit` jobs run', async () => {
    const queue = jobQueue(2);
    const jobs = [deferred(), deferred(), deferred()];
    await queue.add(() => jobs[0]!.promise);
    let third = false;
    const adding = queue.add(() => jobs[1]!.promise).then(() => (third = true));
    await Promise.resolve();
    expect(third).toBe(false);
    jobs[0]!.resolve();
    await adding;
    expect(third).toBe(true);
    const last = queue.add(() => jobs[2]!.promise);
    jobs[1]!.resolve();
    await last;
    jobs[2]!.resolve();
    await queue.settled();
  });

  it('throws the first failure from the next add, which starts nothing, and from settled', async () => {
    const queue = jobQueue(4);
    await queue.add(() => Promise.reject(new Error('disk full')));
    let started = false;
    await expect(queue.add(async () => void (started = true))).rejects.toThrow('disk full');
    expect(started).toBe(false);
    await expect(queue.settled()).rejects.toThrow('disk full');
  });
});
