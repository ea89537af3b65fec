/**
 * Finds the 1-based line of a field in a file whose front matter starts on line 2.
 * Top-level keys sit at column 0; a nested key is searched for inside its parent's block.
 */
export function findFieldLine(frontMatter: string, path: readonly PropertyKey[]): number | undefined {
  const lines = frontMatter.split('\n');
  let from = 0;
  let to = lines.length;
  let found: number | undefined;
  let depth = -1;
  for (const key of path) {
    if (typeof key !== 'string') break;
    const pattern = new RegExp(`^(\\s*)${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
    let hit = -1;
    // A list index (`sources.1.url`): the item's `- ` line inside the parent's block, whose keys sit one column right of the dash.
    // Only dashes at the list's own column count: a nested list's items (an item's `choices`) are not its items.
    if (/^\d+$/.test(key)) {
      let seen = -1;
      let column = -1;
      for (let i = from; i < to && hit < 0; i++) {
        const dash = /^(\s*)- /.exec(lines[i] ?? '');
        const indent = dash?.[1]?.length ?? -1;
        if (!dash || indent <= depth) continue;
        if (column < 0) column = indent;
        if (indent === column && ++seen === Number(key)) hit = i;
      }
      if (hit < 0) break;
      found = hit;
      depth = (/^(\s*)- /.exec(lines[hit] ?? '')?.[1] ?? '').length + 1;
      from = hit;
      to = blockEnd(lines, hit, depth - 1);
      continue;
    }
    for (let i = from; i < to; i++) {
      const match = pattern.exec(lines[i] ?? '');
      if (match && (match[1] ?? '').length > depth) {
        hit = i;
        depth = (match[1] ?? '').length;
        break;
      }
    }
    if (hit < 0) break;
    found = hit;
    from = hit + 1;
    to = blockEnd(lines, hit, depth);
  }
  return found === undefined ? undefined : found + 2;
}

function blockEnd(lines: string[], start: number, indent: number): number {
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    if (line.length - line.trimStart().length <= indent) return i;
  }
  return lines.length;
}

/** A problem's field name from its path: list indices in brackets, `practice[1].choices[0].text`. */
export const fieldName = (path: readonly string[]): string =>
  path.reduce((name, key) => (/^\d+$/.test(key) ? `${name}[${key}]` : name ? `${name}.${key}` : key), '');

/** The path of a field name, either `practice[1].explanation` or `redirect_from.2`. */
export const fieldPath = (field: string): string[] => field.replace(/\[(\d+)\]/g, '.$1').split('.');
