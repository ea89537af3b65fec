import { TEX_N_COMMANDS } from './tex-n-commands';

/**
 * The one rule for the `answer` field's escapes, decoded once (normalizeAnswer) for the page,
 * the check, excerpts, descriptions and search text alike. The real data writes line breaks as the two
 * characters `\n`, which collides with TeX commands and with code:
 * - `\n` is a line break;
 * - inside `$…$` or `$$…$$`, a backslash followed by a TeX command Temml knows that starts with `n`
 *   (the whole run of letters: `\nu`, `\neq`, `\nabla`, `\not`) is that command; `\nE` is still a break;
 * - outside maths, `\\n` is a literal backslash-n (`printf("a\\n")` shows `printf("a\n")`); in maths
 *   `\\` stays TeX's own line break.
 * Code spans and fences are tracked so that a `$` inside code never opens maths. One pass.
 */
export function decodeAnswer(raw: string): string {
  const text = raw.replace(/\r\n?/g, '\n');
  // Without a dollar or a `\\`, every `\n` is a break: the plain replace is exact, and 50 times faster.
  if (!text.includes('$') && !text.includes('\\\\')) return text.replace(/\\n/g, '\n').trim();
  let out = '';
  let math = 0; // length of the `$` run that opened maths
  let code = 0; // length of the backtick run that opened a code span
  let fence = ''; // the open code fence's marker
  let lineStart = true;
  let broken = false; // a line break was written
  let blank = true; // the output line so far is only spaces and tabs (tracked, never re-read: `out` is a rope)
  const emit = (part: string) => {
    out += part;
    if (blank && /[^ \t]/.test(part)) blank = false;
  };
  const lineBreak = () => {
    // A blank line ends a paragraph, and with it inline maths and code spans.
    if (broken && blank) {
      if (math === 1) math = 0;
      code = 0;
    }
    out += '\n';
    broken = true;
    blank = true;
    lineStart = true;
  };
  const special = /[\\\n`$]/g;
  for (let i = 0; i < text.length;) {
    if (lineStart) {
      lineStart = false;
      if (!code && !math) {
        const marker = fenceAt(text, i, fence);
        if (marker !== undefined) {
          fence = fence ? '' : marker.run;
          emit(text.slice(i, marker.end));
          i = marker.end;
          continue;
        }
      }
    }
    special.lastIndex = i;
    const at = special.exec(text)?.index ?? text.length;
    if (at > i) {
      emit(text.slice(i, at));
      i = at;
      continue;
    }
    const c = text[i] as string;
    const next = text[i + 1];
    if (c === '\\' && next === 'n') {
      const name = letters(text, i + 1);
      if (math && TEX_N_COMMANDS.has(name)) {
        emit(`\\${name}`);
        i += 1 + name.length;
      } else {
        lineBreak();
        i += 2;
      }
    } else if (c === '\\' && next === '\\') {
      const literal = !math && text[i + 2] === 'n';
      emit(literal ? '\\n' : '\\\\');
      i += literal ? 3 : 2;
    } else if (c === '\\' && next !== undefined && next !== '\n' && !code && !fence) {
      // A Markdown (or TeX) escape such as `\$` or `\``: the escaped character opens nothing.
      emit(c + next);
      i += 2;
    } else if (c === '\\') {
      emit(c);
      i += 1;
    } else if (c === '\n') {
      lineBreak();
      i += 1;
    } else {
      const run = runOf(text, i, c);
      if (fence) {
        // Inside a fence, backticks and dollars are code.
      } else if (c === '`' && !math) {
        if (code === run) code = 0;
        else if (!code && closes(text, i + run, c, run)) code = run;
      } else if (c === '$' && !code) {
        if (math === run) math = 0;
        else if (!math && closes(text, i + run, c, run)) math = run;
      }
      emit(text.slice(i, i + run));
      i += run;
    }
  }
  return out.trim();
}

const isLetter = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));

/** The TeX control word's name starting at `from`: the whole run of letters. */
function letters(text: string, from: number): string {
  let end = from;
  while (isLetter(text[end])) end += 1;
  return text.slice(from, end);
}

export function runOf(text: string, from: number, c: string): number {
  let end = from;
  while (text[end] === c) end += 1;
  return end - from;
}

const isBreakAt = (text: string, i: number) => text[i] === '\n' || (text[i] === '\\' && text[i + 1] === 'n');

/**
 * Whether a run of exactly `run` `c` characters follows before the paragraph ends (inline maths and
 * code spans never cross a blank line; display maths may).
 */
export function closes(text: string, from: number, c: string, run: number): boolean {
  let breaks = 0;
  for (let i = from; i < text.length;) {
    if (isBreakAt(text, i)) {
      if (++breaks >= 2 && !(c === '$' && run >= 2)) return false;
      i += text[i] === '\n' ? 1 : 2;
      continue;
    }
    const ch = text[i];
    if (ch !== ' ' && ch !== '\t') breaks = 0;
    if (ch === '\\' && c === '$') i += 2;
    else if (ch === c) {
      const length = runOf(text, i, c);
      if (length === run) return true;
      i += length;
    } else i += 1;
  }
  return false;
}

/** A code fence (up to 3 spaces, then 3+ backticks or tildes) opening or closing at `from`. */
export function fenceAt(text: string, from: number, open: string): { run: string; end: number } | undefined {
  let i = from;
  while (i - from < 3 && text[i] === ' ') i += 1;
  const mark = text[i];
  if (mark !== '`' && mark !== '~') return undefined;
  const length = runOf(text, i, mark);
  if (length < 3) return undefined;
  const run = text.slice(i, i + length);
  if (!open) return { run, end: i + length };
  if (mark !== open[0] || length < open.length) return undefined;
  // A closing fence has nothing after it on its line.
  let j = i + length;
  while (text[j] === ' ' || text[j] === '\t') j += 1;
  return j >= text.length || isBreakAt(text, j) ? { run, end: i + length } : undefined;
}
