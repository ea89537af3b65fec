/** The one pagination rule: how many pages `total` items make (at least one) and where page `page` starts and ends. */
export const pageCount = (total: number, size: number) => Math.max(1, Math.ceil(total / size));

/** Page `page` (1-based) of `total` items, or undefined when it is not a whole number within range. */
export function pageRange(total: number, size: number, page: number): { start: number; end: number } | undefined {
  if (!Number.isInteger(page) || page < 1 || page > pageCount(total, size)) return undefined;
  const start = (page - 1) * size;
  return { start, end: Math.min(total, start + size) };
}
