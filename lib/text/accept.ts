import Negotiator from 'negotiator';

/** What an article's URL serves, as its answers label them (a range with a charset must match one). */
const HTML = 'text/html; charset=utf-8';
const MARKDOWN = 'text/markdown; charset=utf-8';

/**
 * At most this many media ranges are read: negotiator's cost grows with the header (a 21 KB Accept took
 * 3.8 ms a call, measured), and a browser sends about ten.
 */
const MAX_RANGES = 32;

/**
 * True when the Accept header ranks text/markdown above text/html, as negotiator (Express's) ranks them: by
 * quality, then the more specific range, then the order listed. A missing header, `*\/*` and every browser's
 * header get HTML; `text/markdown, text/html` lists Markdown first and gets it.
 */
export function prefersMarkdown(header: string | null | undefined): boolean {
  if (!header) return false;
  const accept = header.split(',', MAX_RANGES).join(',');
  return new Negotiator({ headers: { accept } }).mediaType([HTML, MARKDOWN]) === MARKDOWN;
}
