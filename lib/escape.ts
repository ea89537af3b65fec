const ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' };

// Characters XML 1.0 cannot carry at all: C0 controls but tab and line breaks, U+FFFE, U+FFFF, lone surrogates.
const NOT_XML =
  /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Escapes text for XML and HTML alike (sitemaps, the feed, search records). The content check refuses
 * characters XML forbids; they are also dropped here, so a document always parses.
 */
export const escapeXml = (text: string) => text.replace(NOT_XML, '').replace(/[<>&'"]/g, (c) => ENTITIES[c] ?? c);
