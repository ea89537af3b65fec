import {
  BLOCK_HEADER,
  childrenOf,
  indentOf,
  isFieldName,
  isTopLevel,
  keyLine,
  nextLine,
  parentAbove,
  previousLine,
  snippet,
  textIndent,
  type KeyLine,
} from './yaml-lines';

// The suggestions yaml-explain.ts tries for a line: each changes a copy of the lines as the writer would.

/** A suggested fix: the changed lines prove it, by getting the YAML read past the error. */
export type Fix = { line: number; message: string; lines: string[]; added?: number };

const NO_SPACE = /^( *)([A-Za-z_][\w-]*):(\S.*)$/;
const INDICATOR = /^(?:[@`*!%&[{]|[-?:](?:[ \t]|$))/;
const BLOCK_WITH_TEXT = /^([>|](?:[-+]?[1-9]?|[1-9][-+]))[ \t]+([^#\s].*)$/;

const replaced = (lines: string[], index: number, ...by: string[]) => [
  ...lines.slice(0, index),
  ...by,
  ...lines.slice(index + 1),
];
const reindented = (lines: string[], index: number, indent: number) =>
  replaced(lines, index, ' '.repeat(indent) + (lines[index] ?? '').trimStart());

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
      message: `"${snippet(key)}:${snippet(value, 30)}" needs a space after the colon: ${snippet(key)}: ${snippet(value, 30)}${alsoOn(others)}`,
      lines: fixed,
    };
  }
  const key = keyLine(text);
  if (key) yield* valueFixes(lines, index, key);
  if (key && isFieldName(key.key)) {
    yield* placementFixes(lines, index, key, '');
    return;
  }
  const word = /^( *)([A-Za-z_][\w-]*)[ \t]+(\S.*)$/.exec(text);
  if (word && isFieldName(word[2] ?? '')) {
    const [, indent = '', name = '', value = ''] = word;
    yield {
      line,
      message: `"${snippet(text.trim())}" has no colon: write the field's name, a colon and a space, then its value: ${snippet(`${name}: ${value}`)}`,
      lines: replaced(lines, index, `${indent}${name}: ${value}`),
    };
  }
  yield* textFixes(lines, index);
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
      message: `the text after "${indicator}" must start on the next line: leave "${name}: ${indicator}" alone on its line, and put the text on the next line, indented by ${textIndent(lines, indent)} spaces`,
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
        message: `the quotes close before the value ends: put the whole value in quotes, or ${block}`,
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
      message: `${twice || `"${key}" is a field of ${snippet(parent.key)}`}: indent this key by ${parent.indent} spaces under \`${snippet(parent.key)}:\`${also.length ? `, and ${also.join(', ')} too` : ''}`,
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

/** Text outside its field: a line of a block or a continued value with too little indentation. */
function* textFixes(lines: string[], index: number): Generator<Fix> {
  const text = lines[index] ?? '';
  const indent = indentOf(text);
  // Text at the left margin continues only a top-level field.
  const ownerAt = previousLine(lines, index, (l) => indentOf(l) < indent || (indent === 0 && !!keyLine(l)));
  if (indent === 0 && indentOf(lines[ownerAt] ?? '') > 0) return;
  const owner = keyLine(lines[ownerAt]);
  if (!owner || owner.value === '') return;
  const line = index + 1;
  const first = nextLine(lines, ownerAt);
  const isBlock = BLOCK_HEADER.test(owner.value);
  if (indent <= owner.indent) {
    // Only directly below the field: further down, the line is more likely a field with a slip.
    if (first !== index && !(isBlock && first >= 0 && indentOf(lines[first] as string) > owner.indent)) return;
    const wanted = first !== index && isBlock ? indentOf(lines[first] as string) : textIndent(lines, owner.indent);
    yield {
      line,
      message: isBlock
        ? `the text of "${owner.key}" must be indented: start this line with ${wanted} spaces, ${first === index ? 'and each line of the text after it' : 'as the lines above it'}`
        : `this line continues "${owner.key}" but starts at the left margin: indent it by ${wanted} spaces, or put the value in quotes`,
      lines: reindented(lines, index, wanted),
    };
    return;
  }
  const wanted = isBlock && first >= 0 && first !== index ? indentOf(lines[first] as string) : -1;
  if (wanted > indent)
    yield {
      line,
      message: `this line is part of the text of "${owner.key}", which is indented by ${wanted} spaces: indent this line by ${wanted} spaces too`,
      lines: reindented(lines, index, wanted),
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
