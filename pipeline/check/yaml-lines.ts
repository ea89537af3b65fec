import { rawArticleSchema, RELATED_KEY, relatedRefSchema } from '../content/schema';

// The front matter's lines as a writer sees them: which key a line holds, and where each field lives.

/** `key:` followed by a space or the line's end: indent, key, and the value after the colon. */
export const KEY_LINE = /^( *)([A-Za-z_][\w-]*):(?=[ \t]|$)[ \t]*(.*)$/;
/** A block scalar's header (`>-`, `|`, `>2-`), with nothing or a comment after it. */
export const BLOCK_HEADER = /^[>|](?:[-+]?[1-9]?|[1-9][-+])[ \t]*(?:#.*)?$/;

export type KeyLine = { indent: number; key: string; value: string };

export function keyLine(line: string | undefined): KeyLine | undefined {
  const match = KEY_LINE.exec(line ?? '');
  if (!match) return undefined;
  return { indent: (match[1] ?? '').length, key: match[2] ?? '', value: (match[3] ?? '').trimEnd() };
}

export const indentOf = (line: string) => line.length - line.trimStart().length;
export const isBlank = (line: string | undefined) => !line?.trim();

const TOP_LEVEL = new Set(['_schema', ...Object.keys(rawArticleSchema.shape)]);
export const isTopLevel = (key: string) => TOP_LEVEL.has(key) || RELATED_KEY.test(key);

/** The keys nested under a top-level field, for the fields that hold a mapping. */
export function childrenOf(parent: string): ReadonlySet<string> | undefined {
  if (parent === 'seo') return SEO_KEYS;
  return RELATED_KEY.test(parent) ? RELATED_KEYS : undefined;
}
export const SEO_KEYS: ReadonlySet<string> = new Set(Object.keys(rawArticleSchema.shape.seo.shape));
const RELATED_KEYS: ReadonlySet<string> = new Set(Object.keys(relatedRefSchema.shape));
export const isFieldName = (key: string) => isTopLevel(key) || SEO_KEYS.has(key) || RELATED_KEYS.has(key);

/** The index of the nearest non-blank line before `from` that satisfies `test`, or -1. */
export function previousLine(lines: readonly string[], from: number, test: (line: string) => boolean): number {
  for (let i = from - 1; i >= 0; i--) if (!isBlank(lines[i]) && test(lines[i] as string)) return i;
  return -1;
}

/** The index of the next non-blank line after `from`, or -1. */
export function nextLine(lines: readonly string[], from: number): number {
  for (let i = from + 1; i < lines.length; i++) if (!isBlank(lines[i])) return i;
  return -1;
}

/**
 * How far this file indents the text of a block (`title: >-` then the text) under a key indented by
 * `indent`: the first such block's, else 2. The seed indents top-level text by 4.
 */
export function textIndent(lines: readonly string[], indent: number): number {
  for (let i = 0; i < lines.length; i++) {
    const key = keyLine(lines[i]);
    if (!key || key.indent !== indent || !BLOCK_HEADER.test(key.value)) continue;
    const next = nextLine(lines, i);
    if (next >= 0 && indentOf(lines[next] as string) > indent) return indentOf(lines[next] as string);
  }
  return indent + 2;
}

/**
 * The top-level mapping a line at `index` would belong to if indented (`seo`, `related_article2`): the
 * nearest key with no value at the left margin above it, with the indent of its keys. Keys of that
 * mapping at the left margin between the two are `strays`, to indent as well; any other key there means none.
 */
export function parentAbove(
  lines: readonly string[],
  index: number,
): { key: string; line: number; indent: number; strays: number[] } | undefined {
  const strays: number[] = [];
  let at = index;
  let parent: KeyLine | undefined;
  for (;;) {
    at = previousLine(lines, at, (line) => indentOf(line) === 0);
    parent = keyLine(lines[at]);
    if (!parent) return undefined;
    if (parent.value === '' && childrenOf(parent.key)) break;
    strays.unshift(at);
  }
  const children = childrenOf(parent.key) as ReadonlySet<string>;
  if (strays.some((i) => !children.has(keyLine(lines[i])?.key ?? ''))) return undefined;
  // Its keys' indent: the first of them after the parent line, the line itself aside.
  for (let i = at + 1; i < lines.length; i++) {
    const text = lines[i] as string;
    if (isBlank(text) || i === index || strays.includes(i)) continue;
    if (indentOf(text) === 0) break;
    const child = keyLine(text);
    if (child && children.has(child.key)) return { key: parent.key, line: at, indent: child.indent, strays };
  }
  return { key: parent.key, line: at, indent: 2, strays };
}

// Control and bidirectional characters are shown as escapes: a message must not restyle or reorder a terminal.
const UNSHOWABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/** A piece of the writer's text for a message: at most `max` characters, control characters escaped. */
export const snippet = (text: string, max = 40) =>
  (text.length > max ? `${text.slice(0, max - 1)}…` : text).replace(
    UNSHOWABLE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/** A suggested fix: the changed lines prove it, by getting the YAML read past the error. */
export type Fix = { line: number; message: string; lines: string[]; added?: number };

export const replaced = (lines: string[], index: number, ...by: string[]) => [
  ...lines.slice(0, index),
  ...by,
  ...lines.slice(index + 1),
];
export const reindented = (lines: string[], index: number, indent: number) =>
  replaced(lines, index, ' '.repeat(indent) + (lines[index] ?? '').trimStart());
