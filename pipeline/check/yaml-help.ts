import yaml from 'js-yaml';
import { fixesFor, placementFixes, unclosedQuote } from './yaml-fixes';
import { indentOf, isBlank, isTopLevel, keyLine, snippet, type Fix } from './yaml-lines';

/** A YAML error as a writer can act on it: the line to fix (1-based, in the file) and what to write. */
export type YamlHelp = { message: string; line: number };

// Enough for any real slip; bounds the work a hostile file can cause.
const MAX_TRIES = 60;
const LOOK_BACK = 60;

/**
 * Explains js-yaml's error `reason` at file line `at` (1-based) of `source`, the front matter with a
 * leading newline for the --- line. Each suggestion is tried on a copy of the lines and kept only if
 * YAML then reads further; otherwise the error is phrased plainly at js-yaml's line.
 */
export function explainYamlError(source: string, reason: string, at: number, column = 0): YamlHelp {
  // A file saved with CRLF line ends: js-yaml counts \r\n as one break, so the lines stay the same.
  const lines = source.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  const line = Math.min(Math.max(at, 2), lines.length);
  const text = lines[line - 1] ?? '';
  if (reason === 'unknown escape sequence') {
    const escape = `\\${text.charAt(column)}`;
    return {
      line,
      message:
        `in double quotes a backslash starts an escape, and "${escape}" is not one: write \\${escape} ` +
        `for a backslash, or put the value in single quotes or in a block (>-)`,
    };
  }
  if (reason.startsWith('tab characters'))
    return { line, message: 'this line is indented with a tab: indent it with spaces' };
  if (reason.startsWith('nesting exceeded maxDepth'))
    return { line, message: 'lists or mappings are nested more than 100 levels deep here: no field needs more than 3' };
  if (reason.startsWith('expected a single document')) {
    const end = lines.findIndex((l, i) => i > 0 && /^\.\.\.(?:[ \t]|$)/.test(l));
    if (end > 0)
      return {
        line: end + 1,
        message: 'a line of "..." ends the YAML here: remove it, or indent it if it belongs to the text above',
      };
  }
  const found = reason === 'duplicated mapping key' ? duplicate(lines, line) : findFix(lines, line, reason);
  if (found) return { line: found.line, message: found.message };
  return {
    line,
    message: `this line cannot be read (the YAML reader says: ${reason}): check its indentation, the space after its colon, and its quotes`,
  };
}

function findFix(lines: string[], at: number, reason: string): YamlHelp | undefined {
  let tries = 0;
  const proves = (fix: Fix) => tries++ < MAX_TRIES && readsPast(fix, at);
  if (/within a (?:single|double) quoted scalar/.test(reason)) {
    for (let i = 1; i < at; i++) {
      const fix = unclosedQuote(lines, i);
      if (fix && proves(fix)) return fix;
    }
  }
  for (let i = at - 1; i >= Math.max(1, at - LOOK_BACK); i--) {
    for (const fix of fixesFor(lines, i, at - 1)) if (proves(fix)) return fix;
    // A sound top-level key above the error: the slip is not further up.
    const key = keyLine(lines[i]);
    if (i < at - 1 && key && key.indent === 0 && isTopLevel(key.key)) break;
  }
  return undefined;
}

function readsPast({ lines, line, added = 0 }: Fix, at: number): boolean {
  try {
    yaml.load(lines.join('\n'), { schema: yaml.CORE_SCHEMA });
    return true;
  } catch (error) {
    const mark = error instanceof yaml.YAMLException ? error.mark : undefined;
    return !!mark && mark.line + 1 > line && mark.line + 1 - added > at;
  }
}

/** A key given twice: both lines, and the indentation that would put the second where it belongs. */
function duplicate(lines: string[], at: number): YamlHelp | undefined {
  const key = keyLine(lines[at - 1]);
  if (!key) return undefined;
  let first = -1;
  for (let i = at - 2; i >= 0; i--) {
    const text = lines[i] ?? '';
    if (isBlank(text)) continue;
    const other = keyLine(text);
    if (other && other.indent === key.indent && other.key === key.key) {
      first = i;
      break;
    }
    if (indentOf(text) < key.indent) break;
  }
  const twice = `"${snippet(key.key)}" is given twice, ${first >= 0 ? `at lines ${first + 1} and ${at}` : `here and above`}`;
  for (const fix of placementFixes(lines, at - 1, key, twice)) if (readsPast(fix, at)) return fix;
  return { line: at, message: `${twice}: keep one of them` };
}
