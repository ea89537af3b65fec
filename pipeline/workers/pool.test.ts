import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PIPELINE_NODE_FLAGS, pipelineArgs } from '@/tools/bench/measure';

const FIXTURE = 'pipeline/workers/__fixtures__/pool-under-flags.ts';

describe('the worker threads', () => {
  // The scripts' flags themselves: tools/bench/targets.test.ts holds pipelineArgs to package.json.
  it.each([
    ['through tsx', [...PIPELINE_NODE_FLAGS, '--import', 'tsx', FIXTURE]],
    ['bundled, as package.json runs the pipeline', pipelineArgs(FIXTURE)],
  ])(
    "start under the Node flags of package.json's scripts, which a thread may not take as they are, and run every task (%s)",
    (_, args) => {
      expect(PIPELINE_NODE_FLAGS.length).toBeGreaterThan(0);
      const out = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 60_000 });
      expect(out.stderr).not.toMatch(/ERR_WORKER_INVALID_EXEC_ARGV/);
      const result = JSON.parse(out.stdout.trim().split('\n').pop() ?? '{}') as { synonymTerms: number };
      expect(result).toEqual({
        threads: 2,
        html: '<p>Plain <em>words</em>.</p>\n',
        parseProblem: 'front matter',
        lengths: [12],
        synonymTerms: expect.any(Number),
      });
      // WordNet loaded in the thread: expanding added terms.
      expect(result.synonymTerms).toBeGreaterThan(0);
    },
    60_000,
  );
});
