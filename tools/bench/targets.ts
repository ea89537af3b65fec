// The bench's targets, in one place: the table in docs/performance.md, the earlier serving targets and the
// search budgets (SEARCH_BUDGETS, which also fail the run). The bench ends with a verdict against each one.
import { SEARCH_BUDGETS } from './search';

export type Target = {
  key: string;
  figure: string;
  /** The corpus size the target is set for; a smaller run's verdict says so. */
  at: number;
  /** Met when the value is at most `max` (or another key's value), or at least `min`. */
  max?: number | string;
  min?: number;
  unit: string;
  note?: string;
};

export const TARGETS: Target[] = [
  { key: 'content_cold_s', figure: 'npm run check, cold', at: 100_000, max: 10, unit: 's' },
  { key: 'prebuild_cold_s', figure: 'prebuild, cold', at: 100_000, max: 180, unit: 's' },
  { key: 'prebuild_cold_peak_mb', figure: 'prebuild, cold, peak memory', at: 100_000, max: 2048, unit: 'MB' },
  { key: 'prebuild_warm_s', figure: 'prebuild after a one-article edit', at: 100_000, max: 30, unit: 's' },
  {
    key: 'build_cache_mb',
    figure: 'build cache of the content (Vercel keeps 1 GB)',
    at: 100_000,
    max: 500,
    unit: 'MB',
  },
  {
    key: 'deploy_cache_mb',
    figure: 'the whole .next/cache after vercel build (Vercel keeps 1 GB)',
    at: 100_000,
    max: 500,
    unit: 'MB',
  },
  { key: 'build_s', figure: 'standalone build (store and next build)', at: 100_000, max: 600, unit: 's' },
  {
    key: 'build_peak_mb',
    figure: 'next build, memory',
    at: 100_000,
    max: 2048,
    unit: 'MB',
    note: 'the target is the largest process; the value is summed over all of them',
  },
  { key: 'cold_first_byte_ms', figure: 'cold first byte, long-tail article', at: 100_000, max: 150, unit: 'ms' },
  {
    key: 'cold_vs_peer',
    figure: 'cold first answer (spawn to first byte) against the bare pattern',
    at: 100_000,
    max: 1.2,
    unit: '×',
  },
  { key: 'deploy_files', figure: 'files in .vercel/output', at: 100_000, max: 50_000, unit: 'files' },
  { key: 'deploy_mb', figure: '.vercel/output with its functions', at: 100_000, max: 1500, unit: 'MB' },
  { key: 'prerender_manifest_mb', figure: 'prerender-manifest.json', at: 100_000, max: 2, unit: 'MB' },
  { key: 'pages_per_s_vs_peer', figure: 'static generation against the peer', at: 10_000, min: 1.2, unit: '×' },
  {
    key: 'next_output_kb_per_article',
    figure: '.next per article',
    at: 10_000,
    max: 'peer_output_kb_per_article',
    unit: 'KB',
  },
  { key: 'bundle_mb', figure: 'largest function', at: 100_000, max: 150, unit: 'MB' },
  {
    key: 'deploy_largest_function_mb',
    figure: 'largest function, as vercel build packs it',
    at: 100_000,
    max: 250,
    unit: 'MB',
  },
  { key: 'cold_rss_mb', figure: 'server memory after the first requests', at: 100_000, max: 300, unit: 'MB' },
  { key: 'isr_first_p95_ms', figure: 'first on-demand render, p95', at: 100_000, max: 150, unit: 'ms' },
  {
    key: 'search_index_s',
    figure: 'search index build',
    at: SEARCH_BUDGETS.articles,
    max: SEARCH_BUDGETS.indexSeconds,
    unit: 's',
  },
  {
    key: 'search_mb',
    figure: 'search index on disk',
    at: SEARCH_BUDGETS.articles,
    max: SEARCH_BUDGETS.indexMb,
    unit: 'MB',
  },
  {
    key: 'search_files',
    figure: 'search index files',
    at: SEARCH_BUDGETS.articles,
    max: SEARCH_BUDGETS.files,
    unit: 'files',
  },
  { key: 'query_kb', figure: 'two-word query', at: SEARCH_BUDGETS.articles, max: SEARCH_BUDGETS.typicalKb, unit: 'KB' },
  {
    key: 'query_max_kb',
    figure: 'heaviest query',
    at: SEARCH_BUDGETS.articles,
    max: SEARCH_BUDGETS.heaviestKb,
    unit: 'KB',
  },
];

export type Verdict = { target: Target; bound: string; value: number; met: boolean; smaller: boolean };

type Figures = Record<string, number | null>;

/** Each target whose figure (and bound) this run measured: met or missed, and whether the run was smaller. */
export function verdicts(result: Figures, articles: number, targets = TARGETS): Verdict[] {
  return targets.flatMap((target) => {
    const value = result[target.key];
    const max = typeof target.max === 'string' ? result[target.max] : target.max;
    if (value === null || value === undefined || max === null) return [];
    const met = (max === undefined || value <= max) && (target.min === undefined || value >= target.min);
    const bound =
      max !== undefined
        ? `≤ ${max} ${target.unit}${typeof target.max === 'string' ? ` (${target.max})` : ''}`
        : `≥ ${target.min} ${target.unit}`;
    return [{ target, bound, value, met, smaller: articles < target.at }];
  });
}

const count = (n: number) => n.toLocaleString('en-US');

/** The verdict as a table; a target set for more articles than the run had is marked, its verdict only a hint. */
export function formatVerdicts(rows: Verdict[], articles: number): string[] {
  if (rows.length === 0) return ['verdict: no figure with a target was measured in this run (see --only)'];
  const cells = rows.map(({ target, bound, value, met, smaller }) => [
    target.figure,
    target.key,
    bound,
    `${value} ${target.unit}`,
    `${met ? 'met' : 'missed'}${smaller ? ` (target for ${count(target.at)} articles)` : ''}${target.note ? `; ${target.note}` : ''}`,
  ]);
  const head = ['figure', 'key', 'target', 'value', 'verdict'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: string[]) =>
    c
      .map((cell, i) => (i < c.length - 1 ? cell.padEnd(widths[i] ?? 0) : cell))
      .join('  ')
      .trimEnd();
  const missed = rows.filter((r) => !r.met).length;
  return [
    `verdict at ${count(articles)} articles: ${rows.length - missed} of ${rows.length} targets met` +
      (rows.some((r) => r.smaller) ? '; a target set for a larger corpus only hints at this size' : ''),
    line(head),
    ...cells.map(line),
  ];
}
