/** At most this many media ranges are read: a longer Accept header is hostile, not a browser. */
const MAX_RANGES = 32;

type Range = { type: string; subtype: string; q: number };

function parseRange(part: string): Range | undefined {
  const [media = '', ...params] = part.split(';');
  const [type, subtype] = media.trim().toLowerCase().split('/');
  if (!type || !subtype) return undefined;
  let q = 1;
  for (const param of params) {
    const [name, value] = param.split('=').map((s) => s.trim());
    if (name?.toLowerCase() !== 'q') continue;
    // RFC 9110: a qvalue is 0 to 1 with up to three decimals; anything else makes the range unreadable.
    if (!value || !/^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(value)) return undefined;
    q = Number(value);
  }
  return { type, subtype, q };
}

/** The quality the header gives one media type: the most specific matching range wins (RFC 9110 §12.5.1). */
export function acceptQuality(ranges: Range[], mediaType: string): number {
  const [type, subtype] = mediaType.split('/');
  let best = -1;
  let quality = 0;
  for (const r of ranges) {
    const specificity =
      r.type === type && r.subtype === subtype ? 2 : r.type === type && r.subtype === '*' ? 1 : r.type === '*' ? 0 : -1;
    if (specificity > best) {
      best = specificity;
      quality = r.q;
    }
  }
  return quality;
}

export function parseAccept(header: string | null | undefined): Range[] {
  if (!header) return [];
  return header
    .split(',', MAX_RANGES)
    .map(parseRange)
    .filter((r): r is Range => r !== undefined);
}

/**
 * True when the Accept header prefers text/markdown to text/html: only a strictly higher quality counts, so
 * `*\/*`, a missing header and every browser's header get HTML.
 */
export function prefersMarkdown(header: string | null | undefined): boolean {
  const ranges = parseAccept(header);
  const markdown = acceptQuality(ranges, 'text/markdown');
  return markdown > 0 && markdown > acceptQuality(ranges, 'text/html');
}
