const ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' };

/** Escapes text for XML and HTML alike (sitemaps, the feed, search records). */
export const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => ENTITIES[c] ?? c);
