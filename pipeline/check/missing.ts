import { childrenOf, isTopLevel, keyLine, parentAbove, SEO_KEYS, snippet } from './yaml-lines';

/** The seed's field order: a missing field is reported at the line of the field it follows. */
const SEED_ORDER = [
  '_schema',
  'id',
  'date',
  'title',
  'article_title',
  'date_format',
  'post_on_text',
  'seo',
  'author',
  'question',
  'answer',
  'subject',
  'file_name',
  'url',
  'score',
];

/**
 * Where to look for a required field the front matter lacks (its file line; the block starts on line 2),
 * and why, when a key with its name sits at the wrong indentation. Undefined when the key is in its place
 * (an empty value) or is nested elsewhere: the caller's line then stands.
 */
export function missingField(
  frontMatter: string,
  path: readonly string[],
): { line: number; message: string } | undefined {
  // Index i is file line i + 1, as in yaml-explain.ts.
  const lines = ['', ...frontMatter.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l))];
  const keys = lines.map((line) => keyLine(line));
  const at = (test: (key: NonNullable<(typeof keys)[number]>, index: number) => boolean) =>
    keys.findIndex((key, index) => !!key && test(key, index));
  const [name = '', child] = path;
  if (path.length === 2 && name === 'seo' && child && SEO_KEYS.has(child)) {
    const dedented = at((key) => key.indent === 0 && key.key === child);
    if (dedented < 0) return undefined;
    return {
      line: dedented + 1,
      message:
        `is required: "${child}" on this line is at the left margin, so it is read as a field of its own; ` +
        `indent this key by 2 spaces under \`seo:\``,
    };
  }
  if (path.length !== 1 || !isTopLevel(name) || at((key) => key.indent === 0 && key.key === name) >= 0)
    return undefined;
  const misplaced = (index: number) => {
    const parent = parentAbove(lines, index);
    return !!parent && !childrenOf(parent.key)?.has(name);
  };
  const indented = at((key, index) => key.key === name && misplaced(index));
  if (indented >= 0) {
    const parent = parentAbove(lines, indented)?.key ?? '';
    return {
      line: indented + 1,
      message:
        `is required: "${name}" on this line is indented, so it is read as part of \`${snippet(parent)}:\`; ` +
        `start it at the left margin`,
    };
  }
  const order = SEED_ORDER.indexOf(name);
  for (let i = order - 1; i >= 0; i--) {
    const before = at((key) => key.indent === 0 && key.key === SEED_ORDER[i]);
    if (before >= 0) return { line: before + 1, message: `is required: add it after \`${SEED_ORDER[i]}:\`` };
  }
  return { line: 2, message: 'is required' };
}
