/**
 * Text placed into generated Markdown (the copies, /llms.txt, the subject indexes): one line, and every
 * character that could start Markdown or HTML syntax backslash-escaped, so `<img onerror>` or
 * `[a](javascript:…)` in a field stays text for any Markdown reader.
 */
export function escapeMarkdownText(text: string): string {
  return (
    text
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[\\`*_{}[\]()<>#!|~&$]/g, '\\$&')
      .replace(/:\/\//g, '\\://')
      .replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}\\.`)
      // A line that starts like a list item or a heading underline.
      .replace(/^(\d+)([.)])/, '$1\\$2')
      .replace(/^([-+=])/, '\\$1')
  );
}

/**
 * A URL for a Markdown link destination: only an absolute http(s) URL, normalized, with every character
 * that could end the destination or open syntax percent-encoded; undefined for anything else.
 */
export function markdownLinkUrl(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  return parsed.href.replace(
    /[()[\]<>\\\s"'`*_]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}
