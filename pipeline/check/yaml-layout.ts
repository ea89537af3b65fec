import {
  BLOCK_HEADER,
  indentOf,
  keyLine,
  nextLine,
  previousLine,
  reindented,
  replaced,
  textIndent,
  type Fix,
  type KeyLine,
} from './yaml-lines';

const spaces = (n: number) => `${n} space${n === 1 ? '' : 's'}`;

// Suggestions about where a line sits: text outside its field, a key or list item out of line with those above.

/** Text outside its field: a line of a block or a continued value with too little indentation. */
export function* textFixes(lines: string[], index: number): Generator<Fix> {
  const text = lines[index] ?? '';
  const indent = indentOf(text);
  // Text at the left margin continues only a top-level field.
  const ownerAt = previousLine(lines, index, (l) => indentOf(l) < indent || (indent === 0 && !!keyLine(l)));
  if (indent === 0 && indentOf(lines[ownerAt] ?? '') > 0) return;
  const owner = keyLine(lines[ownerAt]);
  if (!owner || owner.value === '') return;
  const line = index + 1;
  yield* continuedFixes(lines, index, ownerAt, owner);
  const first = nextLine(lines, ownerAt);
  const isBlock = BLOCK_HEADER.test(owner.value);
  if (indent <= owner.indent) {
    // Only directly below the field: further down, the line is more likely a field with a slip.
    if (first !== index && !(isBlock && first >= 0 && indentOf(lines[first] as string) > owner.indent)) return;
    const wanted = first !== index && isBlock ? indentOf(lines[first] as string) : textIndent(lines, owner.indent);
    yield {
      line,
      message: isBlock
        ? `the text of "${owner.key}" must be indented: start this line with ${wanted} spaces, ` +
          `${first === index ? 'and each line of the text after it' : 'as the lines above it'}`
        : `this line continues "${owner.key}" but starts at the left margin: indent it by ${wanted} spaces, or put the value in quotes`,
      lines: reindented(lines, index, wanted),
    };
    return;
  }
  const wanted = isBlock && first >= 0 && first !== index ? indentOf(lines[first] as string) : -1;
  if (wanted > indent)
    yield {
      line,
      message:
        `this line is part of the text of "${owner.key}", which is indented by ${wanted} spaces: indent ` +
        `this line by ${wanted} spaces too`,
      lines: reindented(lines, index, wanted),
    };
}

/** A plain value continued on the next line with ": " in it, which YAML reads as a new key. */
function* continuedFixes(lines: string[], index: number, ownerAt: number, owner: KeyLine): Generator<Fix> {
  const text = lines[index] ?? '';
  const first = owner.value.charAt(0);
  if (indentOf(text) <= owner.indent || BLOCK_HEADER.test(owner.value) || first === '"' || first === "'") return;
  if (!/:(?:[ \t]|$)/.test(text)) return;
  const indent = textIndent(lines, owner.indent);
  yield {
    line: index + 1,
    message:
      `text containing ": " must be in quotes or in a block: write "${owner.key}: >-" and the text on ` +
      `the next line, indented by ${indent} spaces`,
    lines: replaced(
      lines,
      ownerAt,
      `${' '.repeat(owner.indent)}${owner.key}: >-`,
      `${' '.repeat(indent)}${owner.value}`,
    ),
    added: 1,
  };
}

/**
 * The text of a block whose header sits right above it, at the header's indent or less: `title: >-`
 * then the text at the same indent as `title`.
 */
export function* underHeaderFixes(lines: string[], index: number): Generator<Fix> {
  const above = previousLine(lines, index, () => true);
  const header = keyLine(lines[above]);
  const indent = indentOf(lines[index] ?? '');
  if (!header || !BLOCK_HEADER.test(header.value) || indent > header.indent || keyLine(lines[index])) return;
  const wanted = textIndent(lines, header.indent);
  yield {
    line: index + 1,
    message:
      `the text of "${header.key}" must be indented more than its key: start this line with ${wanted} ` +
      `spaces, and each line of the text after it`,
    lines: reindented(lines, index, wanted),
  };
}

/** A key or list item out of line with the one above it: put it in line. */
export function* alignFixes(lines: string[], index: number): Generator<Fix> {
  const text = lines[index] ?? '';
  const item = /^( *)- /.exec(text);
  const indent = indentOf(text);
  for (let i = index - 1; i >= 0; i--) {
    const other = lines[i] ?? '';
    if (!other.trim()) continue;
    const otherItem = /^( *)- /.exec(other);
    if (item) {
      if (!otherItem) return;
      const wanted = otherItem[1]?.length ?? 0;
      if (wanted !== indent)
        yield {
          line: index + 1,
          message: `this list item is indented by ${spaces(indent)}, the one above it by ${wanted}: indent it by ${spaces(wanted)}`,
          lines: reindented(lines, index, wanted),
        };
      return;
    }
    // The key above, or the first key of the list item above: `  - title: X` has its keys at column 4.
    const column = otherItem ? (otherItem[1]?.length ?? 0) + 2 : indentOf(other);
    const key = keyLine(otherItem ? `${' '.repeat(column)}${other.slice(column)}` : other);
    if (!key) continue;
    if (column !== indent && column > 0)
      yield {
        line: index + 1,
        message: `this key is indented by ${spaces(indent)}, "${key.key}" above it by ${column}: indent it by ${spaces(column)}`,
        lines: reindented(lines, index, column),
      };
    return;
  }
}
