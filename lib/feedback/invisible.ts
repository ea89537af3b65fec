/**
 * Characters that change how text displays without showing themselves: bidi embeddings, overrides, isolates
 * and marks (U+202E shows "evil" as "live"), zero-width spaces, the word joiner, invisible operators and the
 * BOM. Readers' comments and queries lose them; ZWJ and ZWNJ stay, which emoji sequences and Persian or Indic
 * words need, and the report shows them escaped.
 */
const HIDDEN = /[\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** Every format and control character, whatever its origin (rows stored before they were stripped). */
const INVISIBLE = /[\p{Cf}\p{Cc}]/gu;

const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');

export const stripHidden = (text: string): string => text.replace(HIDDEN, '');

/** For a terminal: each invisible character as <U+XXXX>, so a comment reads as what it holds. */
export const showInvisible = (text: string): string =>
  text.replace(INVISIBLE, (char) => `<U+${hex(char.codePointAt(0)!)}>`);

/** JSON whose strings carry invisible characters as \u escapes: the same data, safe to print. */
export const jsonShowingInvisible = (value: unknown): string =>
  JSON.stringify(value).replace(INVISIBLE, (char) =>
    Array.from({ length: char.length }, (_, i) => `\\u${hex(char.charCodeAt(i))}`).join(''),
  );
