import { UNSAFE_CHARACTERS } from './safety';

const ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' };

/**
 * Escapes text for XML and HTML alike (sitemaps, the feed, search records). The content check refuses the
 * characters of UNSAFE_CHARACTERS; they are also dropped here, so a document always parses.
 */
export const escapeXml = (text: string) =>
  text.replace(UNSAFE_CHARACTERS, '').replace(/[<>&'"]/g, (c) => ENTITIES[c] ?? c);
