import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PIPELINE_NODE_FLAGS } from '@/tools/bench/measure';

describe('the worker threads', () => {
  it("start under the Node flags of package.json's scripts, which a thread may not take as they are", () => {
    // The scripts' flags themselves: tools/bench/targets.test.ts holds PIPELINE_NODE_FLAGS to package.json.
    const flags = PIPELINE_NODE_FLAGS;
    expect(flags.length).toBeGreaterThan(0);
    const out = spawnSync(
      process.execPath,
      [...flags, '--import', 'tsx', 'pipeline/workers/__fixtures__/pool-under-flags.ts'],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(out.stderr).not.toMatch(/ERR_WORKER_INVALID_EXEC_ARGV/);
    expect(JSON.parse(out.stdout.trim().split('\n').pop() ?? '{}')).toEqual({
      threads: 2,
      html: '<p>Plain <em>words</em>.</p>\n',
    });
  }, 60_000);
});
