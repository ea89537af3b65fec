// When npm run check has many warnings, they are printed grouped by rule: the one place that says what a rule is.
import type { Problem } from '@/pipeline/content/types';

/** More warnings than this are grouped (unless --all); errors are never grouped. */
export const GROUP_OVER = 50;
/** Lines shown under each group. */
export const EXAMPLES = 3;

/**
 * A warning's rule: its field with slot numbers as `N`, and its message with what varies per file (quoted
 * text, paths to other articles, numbers) replaced by `…` and `N`. Two warnings of one rule differ only there.
 */
export function ruleOf({ field, message }: Pick<Problem, 'field' | 'message'>): string {
  const kind = message
    .replace(/"[^"]*"/g, '"…"')
    .replace(/'[^']*'/g, "'…'")
    .replace(/[\w.-]+(?:\/[\w.-]+)+/g, '…')
    .replace(/\bU\+[0-9A-F]{4,6}\b/g, 'U+…')
    .replace(/\d+(?:[.,]\d+)*/g, 'N');
  return `${field.replace(/\d+/g, 'N')}: ${kind}`;
}

export type WarningGroup = { rule: string; lines: string[] };

/** Groups formatted warning lines by rule, the largest group first (then by rule), lines kept in their order. */
export function groupWarnings(warnings: { problem: Problem; line: string }[]): WarningGroup[] {
  const groups = new Map<string, string[]>();
  for (const { problem, line } of warnings) {
    const rule = ruleOf(problem);
    const lines = groups.get(rule);
    if (lines) lines.push(line);
    else groups.set(rule, [line]);
  }
  return [...groups]
    .map(([rule, lines]) => ({ rule, lines }))
    .sort((a, b) => b.lines.length - a.lines.length || (a.rule < b.rule ? -1 : 1));
}

/** The grouped lines: a heading with the counts and how to see every line, then each group with a few examples. */
export function formatGroups(groups: WarningGroup[]): string[] {
  const total = groups.reduce((sum, g) => sum + g.lines.length, 0);
  const out = [
    `${total} warnings in ${groups.length} rule${groups.length === 1 ? '' : 's'} (more than ${GROUP_OVER}, so grouped; ` +
      '`npm run check -- --all` lists every one, `npm run check -- <file or folder>` those of some files):',
  ];
  for (const { rule, lines } of groups) {
    out.push(`${String(lines.length).padStart(6)} × warning: ${rule}`);
    for (const line of lines.slice(0, EXAMPLES)) out.push(`         ${line}`);
    if (lines.length > EXAMPLES) out.push(`         … and ${lines.length - EXAMPLES} more`);
  }
  return out;
}
