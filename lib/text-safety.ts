const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Why a text field cannot be published, or undefined: a C0 control character (tab and line breaks are
 * allowed only in multi-line fields), a Unicode non-character or a lone surrogate. XML 1.0 forbids all
 * of them, so one in a question would break the feed and the sitemaps. One pass over the text.
 */
export function findUnsafeCharacter(text: string, multiline: boolean): string | undefined {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const at = `at character ${i + 1}`;
    if (code < 0x20) {
      if (multiline && (code === 0x09 || code === 0x0a || code === 0x0d)) continue;
      const kind = code === 0x09 || code === 0x0a || code === 0x0d ? 'a tab or line break' : 'the control character';
      return `contains ${kind} ${hex(code)} ${at}; remove it${multiline ? '' : ' (this field is one line)'}`;
    }
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff))
        return `contains a lone surrogate ${hex(code)} ${at} (half a character); remove it or write the whole character`;
      const point = (code - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
      if ((point & 0xfffe) === 0xfffe) return `contains the Unicode non-character ${hex(point)} ${at}; remove it`;
      i += 1;
      continue;
    }
    if (code >= 0xdc00 && code <= 0xdfff)
      return `contains a lone surrogate ${hex(code)} ${at} (half a character); remove it or write the whole character`;
    if ((code >= 0xfdd0 && code <= 0xfdef) || code === 0xfffe || code === 0xffff)
      return `contains the Unicode non-character ${hex(code)} ${at}; remove it`;
  }
  return undefined;
}
