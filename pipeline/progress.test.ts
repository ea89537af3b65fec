import { describe, expect, it } from 'vitest';
import { Progress } from './progress';

/** A stream that records writes, with a clock the test moves. */
function fake(isTTY: boolean) {
  const writes: string[] = [];
  let ms = 0;
  const progress = new Progress({ stream: { isTTY, write: (text: string) => writes.push(text) }, now: () => ms });
  return { writes, progress, tick: (by: number) => (ms += by) };
}

describe('progress without a terminal (CI logs)', () => {
  it('prints the start, a line per 10% at most, and the end with counts and time', () => {
    const { writes, progress, tick } = fake(false);
    progress.stage('parse', 1000, 'files parsed');
    for (let done = 1; done <= 1000; done++) {
      tick(50);
      progress.update(done);
    }
    progress.end();
    expect(writes[0]).toBe('parse: started, 0/1,000 files parsed\n');
    expect(writes.at(-1)).toBe('parse: 1,000 files parsed in 50 s\n');
    const counts = writes.slice(1, -1);
    expect(counts).toHaveLength(9);
    expect(counts[0]).toBe('parse: 100/1,000 files parsed (10%), about 45 s left\n');
    expect(writes.every((w) => w.endsWith('\n') && !w.includes('\r'))).toBe(true);
  });

  it('prints no two count lines within a second, however fast the work goes', () => {
    const { writes, progress, tick } = fake(false);
    progress.stage('search files', 1000, 'files written');
    for (let done = 1; done <= 1000; done++) {
      tick(2);
      progress.update(done);
    }
    progress.end();
    expect(writes).toEqual([
      'search files: started, 0/1,000 files written\n',
      'search files: 500/1,000 files written (50%), about 1.0 s left\n',
      'search files: 1,000 files written in 2.0 s\n',
    ]);
  });

  it('prints a line after 10 s even when less than 10% more is done', () => {
    const { writes, progress, tick } = fake(false);
    progress.stage('render', 100_000, 'answers rendered');
    tick(10_000);
    progress.update(50);
    tick(1000);
    progress.update(60);
    expect(writes).toEqual([
      'render: started, 0/100,000 answers rendered\n',
      'render: 50/100,000 answers rendered (0%), about 5.6 h left\n',
    ]);
  });
});

describe('progress on a terminal', () => {
  it('redraws one line with \\r, at most 10 times a second, and ends it with a newline', () => {
    const { writes, progress, tick } = fake(true);
    progress.stage('parse', 100, 'files parsed');
    for (let done = 1; done <= 100; done++) {
      tick(10);
      progress.update(done);
    }
    progress.end();
    // 1 s of updates every 10 ms: the first draw, then one per 100 ms, then the end.
    expect(writes).toHaveLength(1 + 10 + 1);
    expect(writes.slice(0, -1).every((w) => w.startsWith('\r\x1b[K') && !w.includes('\n'))).toBe(true);
    expect(writes[1]).toBe('\r\x1b[Kparse: 10/100 files parsed (10%)');
    expect(writes[5]).toBe('\r\x1b[Kparse: 50/100 files parsed (50%)');
    expect(writes.at(-1)).toBe('\r\x1b[Kparse: 100 files parsed in 1.0 s\n');
  });

  it('gives an estimate of the time left once a second has passed', () => {
    const { writes, progress, tick } = fake(true);
    progress.stage('shards', 40, 'shards written');
    tick(2000);
    progress.update(10);
    expect(writes.at(-1)).toBe('\r\x1b[Kshards: 10/40 shards written (25%), about 6.0 s left');
  });

  it('starts a stage from a library callback and closes the previous one', () => {
    const { writes, progress, tick } = fake(true);
    const onProgress = progress.counter('store', 'answers rendered');
    onProgress(0, 3);
    tick(1500);
    onProgress(3, 3);
    progress.stage('search index');
    expect(writes).toEqual([
      '\r\x1b[Kstore: 0/3 answers rendered (0%)',
      '\r\x1b[Kstore: 3/3 answers rendered (100%)',
      '\r\x1b[Kstore: 3 answers rendered in 1.5 s\n',
      '\r\x1b[Ksearch index: …',
    ]);
  });

  it('leaves no line behind for a stage under a second, so a quick check prints only its problems', () => {
    const { writes, progress, tick } = fake(true);
    progress.stage('cross-file rules');
    tick(300);
    progress.end();
    expect(writes).toEqual(['\r\x1b[Kcross-file rules: …', '\r\x1b[K']);
  });

  it("prints a line of its own above the redrawn one, and shows a child process's progress as the detail", () => {
    const { writes, progress, tick } = fake(true);
    progress.stage('step 2 of 3: prebuild');
    tick(200);
    progress.detail('parse: 300/1,000 files parsed (30%)');
    progress.detail('parse: 310/1,000 files parsed (31%)');
    progress.log('corpus written in 2.0 s');
    expect(writes).toEqual([
      '\r\x1b[Kstep 2 of 3: prebuild: …',
      '\r\x1b[Kstep 2 of 3: prebuild: parse: 300/1,000 files parsed (30%)',
      '\r\x1b[Kcorpus written in 2.0 s\n',
      '\r\x1b[Kstep 2 of 3: prebuild: …',
    ]);
    const plain = fake(false);
    plain.progress.detail('ignored');
    plain.progress.log('a line');
    expect(plain.writes).toEqual(['a line\n']);
  });
});
