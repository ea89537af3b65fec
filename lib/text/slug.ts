/**
 * The real site's slug rule: lowercase, drop everything but letters, digits and spaces (so
 * "decision-making" becomes "decisionmaking"), then join words with hyphens.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9\s]/g, '')
    .trim()
    .replace(/\s+/g, '-');
}
