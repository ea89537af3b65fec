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
    "start under the Node flags of package.json's scripts, which a thread may not take as they are (%s)",
    (_, args) => {
      expect(PIPELINE_NODE_FLAGS.length).toBeGreaterThan(0);
      const out = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 60_000 });
      expect(out.stderr).not.toMatch(/ERR_WORKER_INVALID_EXEC_ARGV/);
      expect(JSON.parse(out.stdout.trim().split('\n').pop() ?? '{}')).toEqual({
        threads: 2,
        html: '<p>Plain <em>words</em>.</p>\n',
      });
    },
    60_000,
  );
});
