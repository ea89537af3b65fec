const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The one set of characters no published text may hold: C0 controls but tab and line breaks, the Unicode
 * non-characters (U+FDD0-U+FDEF and every plane's last two) and lone surrogates. XML 1.0 forbids or discourages
 * them all. The content check refuses them (findUnsafeCharacter); escapeXml drops any that reach it.
 */
export const UNSAFE_CHARACTERS = new RegExp(
  [
    String.raw`[\0-\x08\x0B\x0C\x0E-\x1F\uFDD0-\uFDEF\uFFFE\uFFFF]`,
    // The last two code points of planes 1-16, as surrogate pairs.
    String.raw`[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]`,
    String.raw`[\uD800-\uDBFF](?![\uDC00-\uDFFF])`,
    String.raw`(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]`,
  ].join('|'),
  'g',
);
const LINE_BREAKS = /[\t\n\r]/;

/**
 * Why a text field cannot be published, or undefined: a character of UNSAFE_CHARACTERS, or a tab or line
 * break in a one-line field. One third of the feed and sitemaps would otherwise fail to parse.
 */
export function findUnsafeCharacter(text: string, multiline: boolean): string | undefined {
  UNSAFE_CHARACTERS.lastIndex = 0;
  const unsafe = UNSAFE_CHARACTERS.exec(text);
  const breaks = multiline ? null : LINE_BREAKS.exec(text);
  const match = breaks && (!unsafe || breaks.index < unsafe.index) ? breaks : unsafe;
  if (!match) return undefined;
  const at = `at character ${match.index + 1}`;
  const code = match[0].charCodeAt(0);
  if (code < 0x20) {
    const kind = LINE_BREAKS.test(match[0]) ? 'a tab or line break' : 'the control character';
    return `contains ${kind} ${hex(code)} ${at}; remove it${multiline ? '' : ' (this field is one line)'}`;
  }
  if (match[0].length === 2)
    return `contains the Unicode non-character ${hex(match[0].codePointAt(0) ?? 0)} ${at}; remove it`;
  if (code >= 0xd800 && code <= 0xdfff)
    return `contains a lone surrogate ${hex(code)} ${at} (half a character); remove it or write the whole character`;
  return `contains the Unicode non-character ${hex(code)} ${at}; remove it`;
}
