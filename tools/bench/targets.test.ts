import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanUp, formatFigures, lastJson, prebuildMemory } from './report';
import { formatVerdicts, TARGETS, verdicts, type Target } from './targets';
import { PIPELINE_NODE_FLAGS, pipelineArgs } from './measure';
import { SEARCH_BUDGETS } from './search';

const targets: Target[] = [
  { key: 'content_cold_s', figure: 'npm run check, cold', at: 100_000, max: 10, unit: 's' },
  { key: 'pages_per_s_vs_peer', figure: 'static generation against the peer', at: 10_000, min: 1.2, unit: '×' },
  { key: 'next_output_kb_per_article', figure: '.next per article', at: 10_000, max: 'peer_kb', unit: 'KB' },
  { key: 'build_peak_mb', figure: 'next build, memory', at: 100_000, max: 2048, unit: 'MB', note: 'summed' },
];

describe("the bench's verdict", () => {
  it('says met or missed for each measured figure with a target, and skips what was not measured', () => {
    const result = {
      content_cold_s: 12.5,
      pages_per_s_vs_peer: 1.3,
      next_output_kb_per_article: 90,
      peer_kb: 87,
      build_peak_mb: null,
    };
    const rows = verdicts(result, 100_000, targets);
    expect(rows.map((r) => [r.target.key, r.bound, r.value, r.met, r.smaller])).toEqual([
      ['content_cold_s', '≤ 10 s', 12.5, false, false],
      ['pages_per_s_vs_peer', '≥ 1.2 ×', 1.3, true, false],
      ['next_output_kb_per_article', '≤ 87 KB (peer_kb)', 90, false, false],
    ]);
    // A bound read from another key that was not measured gives no verdict.
    expect(verdicts({ next_output_kb_per_article: 90, peer_kb: null }, 10_000, targets)).toEqual([]);
  });

  it('prints a table with a count, and marks a target set for a larger corpus', () => {
    const lines = formatVerdicts(verdicts({ content_cold_s: 0.4, build_peak_mb: 3000 }, 500, targets), 500);
    expect(lines).toEqual([
      'verdict at 500 articles: 1 of 2 targets met; a target set for a larger corpus only hints at this size',
      'figure               key             target     value    verdict',
      'npm run check, cold  content_cold_s  ≤ 10 s     0.4 s    met (target for 100,000 articles)',
      'next build, memory   build_peak_mb   ≤ 2048 MB  3000 MB  missed (target for 100,000 articles); summed',
    ]);
    expect(formatVerdicts([], 500)).toEqual(['verdict: no figure with a target was measured in this run (see --only)']);
  });

  it('keeps one table: the search budgets are the ones the bench fails on', () => {
    const search = TARGETS.find((t) => t.key === 'search_index_s');
    expect(search).toMatchObject({ max: SEARCH_BUDGETS.indexSeconds, at: SEARCH_BUDGETS.articles });
    expect(new Set(TARGETS.map((t) => t.key)).size).toBe(TARGETS.length);
  });
});

describe("the bench's figures and folders", () => {
  it('lists every key, "-" for what was not measured, and labels the memory figures', () => {
    const lines = formatFigures({ articles: 500, content_peak_mb: 300, prebuild_cold_peak_mb: null });
    expect(lines[0]).toContain('"-" means not measured in this run');
    expect(lines[1]).toBe('articles               500');
    expect(lines[2]).toMatch(/^content_peak_mb {8}300 {7}npm run check's probe: peak RSS of that one process/);
    expect(lines[3]).toMatch(
      /^prebuild_cold_peak_mb  - {9}the prebuild \(its node process .*: peak RSS summed over the whole process tree/,
    );
    expect(prebuildMemory(812.4, 640.6)).toBe(
      "memory: 812 MB peak summed over its process tree (sampled); 641 MB peak of the prebuild's own node process",
    );
  });

  it('reads the figures from the last JSON line, even with progress lines after it', () => {
    expect(lastJson('{"a":1}\nsearch files: 785 files written in 0.0 s\n')).toEqual({ a: 1 });
    expect(lastJson('no figures\n')).toBeUndefined();
    expect(lastJson('{"a":2}\n{ not json\n')).toEqual({ a: 2 });
  });

  it('removes the temporary folders unless --keep, and says which', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-clean-'));
    const corpus = path.join(root, 'qt-bench-5');
    fs.mkdirSync(corpus);
    const missing = path.join(root, 'qt-build-bench-5');
    expect(cleanUp([corpus, missing], true)).toEqual([`--keep: left in place (delete them when done): ${corpus}`]);
    expect(fs.existsSync(corpus)).toBe(true);
    expect(cleanUp([corpus, missing], false)).toEqual([
      `removed the temporary folders and caches: ${corpus} (--keep keeps them)`,
    ]);
    expect(fs.existsSync(corpus)).toBe(false);
    fs.rmSync(root, { recursive: true, force: true });
  });
});

describe("the pipeline's Node flags", () => {
  it('are the ones npm run check and the prebuild run with, so the bench measures what a build runs', () => {
    const { scripts } = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(PIPELINE_NODE_FLAGS).not.toEqual([]);
    expect(scripts.check).toBe(`node ${pipelineArgs('scripts/check.ts').join(' ')}`);
    expect(scripts.prebuild).toBe(`node ${pipelineArgs('scripts/prebuild.ts').join(' ')}`);
  });
});
