import { closes, fenceAt, runOf } from './decode-answer';

export type AnswerScan = { math: { tex: string; display: boolean }[]; fence: boolean; multilineCode: boolean };

/**
 * One linear pass over a decoded answer, with the code and maths rules of decodeAnswer: its
 * formulas (a superset of what remark-math finds), whether it has a code fence, and whether a code
 * span crosses a line. npm run check parses the answer (25 ms on a loaded machine) only when this
 * finds something to report.
 */
export function scanAnswer(markdown: string): AnswerScan {
  const scan: AnswerScan = { math: [], fence: false, multilineCode: false };
  if (!/[$`~]/.test(markdown)) return scan;
  let math = 0;
  let mathFrom = 0;
  let code = 0;
  let codeLine = false;
  let fence = '';
  let lineStart = true;
  let blank = true;
  const special = /[\\\n`$]/g;
  for (let i = 0; i < markdown.length;) {
    if (lineStart) {
      lineStart = false;
      const marker = !code && !math ? fenceAt(markdown, i, fence) : undefined;
      if (marker) {
        scan.fence = true;
        fence = fence ? '' : marker.run;
        i = marker.end;
        blank = false;
        continue;
      }
    }
    special.lastIndex = i;
    const at = special.exec(markdown)?.index ?? markdown.length;
    if (at > i) {
      if (blank && /[^ \t]/.test(markdown.slice(i, at))) blank = false;
      i = at;
      continue;
    }
    const c = markdown[i] as string;
    if (c === '\n') {
      if (blank) {
        if (math === 1) math = 0;
        code = 0;
      }
      if (code) codeLine = true;
      blank = true;
      lineStart = true;
      i += 1;
      continue;
    }
    blank = false;
    if (c === '\\') {
      i += code || fence ? 1 : 2;
      continue;
    }
    const run = runOf(markdown, i, c);
    if (fence) {
      // code
    } else if (c === '`' && !math) {
      if (code === run) {
        if (codeLine) scan.multilineCode = true;
        code = 0;
      } else if (!code && closes(markdown, i + run, c, run)) {
        code = run;
        codeLine = false;
      }
    } else if (c === '$' && !code) {
      if (math === run) {
        scan.math.push({ tex: markdown.slice(mathFrom, i).trim(), display: run >= 2 });
        math = 0;
      } else if (!math && closes(markdown, i + run, c, run)) {
        math = run;
        mathFrom = i + run;
      }
    }
    i += run;
  }
  return scan;
}
