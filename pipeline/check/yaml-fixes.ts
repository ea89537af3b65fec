import {
  childrenOf,
  isFieldName,
  isTopLevel,
  keyLine,
  parentAbove,
  snippet,
  reindented,
  replaced,
  textIndent,
  type Fix,
  type KeyLine,
} from './yaml-lines';
import { alignFixes, textFixes, underHeaderFixes } from './yaml-layout';

// The suggestions yaml-explain.ts tries for a line: each changes a copy of the lines as the writer would.

const NO_SPACE = /^( *)([A-Za-z_][\w-]*):(\S.*)$/;
const INDICATOR = /^(?:[@`*!%&[{]|[-?:](?:[ \t]|$))/;
const BLOCK_WITH_TEXT = /^([>|](?:[-+]?[1-9]?|[1-9][-+]))[ \t]+([^#\s].*)$/;

const alsoOn = (lines: number[]) =>
  lines.length === 0
    ? ''
    : lines.length > 3
      ? ` (so do ${lines.length} lines below it)`
      : ` (so ${lines.length === 1 ? 'does line' : 'do lines'} ${lines.join(', ')})`;
const spaced = (text: string) => text.replace(NO_SPACE, '$1$2: $3');

/** The suggestions that fit the line at `index`, below the error at `error` (an index), most specific first. */
export function* fixesFor(lines: string[], index: number, error = index): Generator<Fix> {
  const text = lines[index] ?? '';
  const line = index + 1;
  const noSpace = NO_SPACE.exec(text);
  if (noSpace) {
    const [, , key = '', value = ''] = noSpace;
    // The same slip on the lines down to the error is part of one: js-yaml reads them as one key.
    const others: number[] = [];
    let fixed = replaced(lines, index, spaced(text));
    for (let i = index + 1; i <= error; i++)
      if (NO_SPACE.test(lines[i] ?? '')) {
        others.push(i + 1);
        fixed = replaced(fixed, i, spaced(lines[i] ?? ''));
      }
    yield {
      line,
      message:
        `"${snippet(key)}:${snippet(value, 30)}" needs a space after the colon: ${snippet(key)}: ` +
        `${snippet(value, 30)}${alsoOn(others)}`,
      lines: fixed,
    };
  }
  const key = keyLine(text);
  if (key) yield* valueFixes(lines, index, key);
  if (key && isFieldName(key.key)) {
    yield* placementFixes(lines, index, key, '');
    yield* alignFixes(lines, index);
    return;
  }
  const word = /^( *)([A-Za-z_][\w-]*)[ \t]+(\S.*)$/.exec(text);
  if (word && isFieldName(word[2] ?? '')) {
    const [, indent = '', name = '', value = ''] = word;
    yield {
      line,
      message:
        `"${snippet(text.trim())}" has no colon: write the field's name, a colon and a space, then its ` +
        `value: ${snippet(`${name}: ${value}`)}`,
      lines: replaced(lines, index, `${indent}${name}: ${value}`),
    };
  }
  yield* underHeaderFixes(lines, index);
  yield* textFixes(lines, index);
  yield* alignFixes(lines, index);
}

/** A value YAML reads as syntax: text with ': ', a leading indicator, text after quotes or after `>-`. */
function* valueFixes(lines: string[], index: number, { indent, key, value }: KeyLine): Generator<Fix> {
  const line = index + 1;
  const pad = ' '.repeat(indent);
  const quoted = replaced(lines, index, `${pad}${key}: ${JSON.stringify(value)}`);
  const name = snippet(key);
  const block = `write "${name}: >-" and the text on the next line, indented by ${textIndent(lines, indent)} spaces`;
  const header = BLOCK_WITH_TEXT.exec(value);
  if (header) {
    const [, indicator = '', rest = ''] = header;
    yield {
      line,
      message:
        `the text after "${indicator}" must start on the next line: leave "${name}: ${indicator}" alone ` +
        `on its line, and put the text on the next line, indented by ${textIndent(lines, indent)} spaces`,
      lines: replaced(lines, index, `${pad}${key}: ${indicator}`, `${' '.repeat(textIndent(lines, indent))}${rest}`),
      added: 1,
    };
    return;
  }
  const quote = value.charAt(0);
  if (quote === '"' || quote === "'") {
    const close = closingQuote(value);
    if (close > 0 && close < value.length - 1 && !/^\s*(?:#|$)/.test(value.slice(close + 1)))
      yield {
        line,
        message:
          `the quotes close before the value ends: put the whole value in quotes ` +
          `(${quote === '"' ? 'a " inside written \\"' : "a ' inside written ''"}), or ${block}`,
        lines: quoted,
      };
    return;
  }
  if (INDICATOR.test(value))
    yield {
      line,
      message: `a value that starts with "${value.charAt(0)}" must be in quotes or in a block: ${block}`,
      lines: quoted,
    };
  else if (/:(?:[ \t]|$)/.test(value)) {
    const what = /:[ \t]/.test(value) ? 'containing ": "' : 'ending with ":"';
    yield { line, message: `text ${what} must be in quotes or in a block: ${block}`, lines: quoted };
  }
}

/** A known field at the wrong indentation: under its mapping (`seo:`), or back at the left margin. */
export function* placementFixes(
  lines: string[],
  index: number,
  { indent, key }: KeyLine,
  twice: string,
): Generator<Fix> {
  const line = index + 1;
  const parent = parentAbove(lines, index);
  if (parent && childrenOf(parent.key)?.has(key) && indent !== parent.indent) {
    const also = parent.strays.map((i) => `${keyLine(lines[i])?.key} on line ${i + 1}`);
    yield {
      line,
      message:
        `${twice || `"${key}" is a field of ${snippet(parent.key)}`}: indent this key by ${parent.indent} ` +
        `spaces under \`${snippet(parent.key)}:\`${also.length ? `, and ${also.join(', ')} too` : ''}`,
      lines: [...parent.strays, index].reduce((changed, i) => reindented(changed, i, parent.indent), lines),
    };
  }
  if (indent > 0 && isTopLevel(key))
    yield {
      line,
      message: `${twice || `"${key}" is a top-level field`}: start this line at the left margin, without spaces`,
      lines: reindented(lines, index, 0),
    };
}

/** A quoted value its line does not close, closed at the line's end. */
export function unclosedQuote(lines: string[], index: number): Fix | undefined {
  const key = keyLine(lines[index]);
  const quote = key?.value.charAt(0);
  if (!key || (quote !== '"' && quote !== "'") || closingQuote(key.value) > 0) return undefined;
  return {
    line: index + 1,
    message: `the quote that opens this value is never closed: end the value with ${quote}`,
    lines: replaced(lines, index, `${lines[index]}${quote}`),
  };
}

/** The index of the quote that closes a value opening with one, or -1. */
function closingQuote(value: string): number {
  const quote = value.charAt(0);
  for (let i = 1; i < value.length; i++) {
    if (quote === '"' && value[i] === '\\') i++;
    else if (value[i] === quote) {
      if (quote === "'" && value[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}
