import { RELATED_KEY } from './schema';

// CloudCannon's date inputs always save a time: `2024-12-03T00:00:00.000Z` (or with a +00:00 offset).
const MIDNIGHT_UTC = /^(\d{4}-\d{2}-\d{2})T00:00:00(?:\.0+)?(?:Z|[+-]00:00)$/;
const DATE_KEYS = new Set(['date', 'updated']);

const isMapping = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Drops null values from mappings at every depth (a source item's empty `url:` too); list items stay. */
const withoutNulls = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (!isMapping(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== null)
      .map(([key, item]) => [key, withoutNulls(item)]),
  );
};

/**
 * Front matter as CloudCannon saves it, read as the site's own format: an input left empty is saved as
 * `key:` (null) and counts as absent, a related slot with every field empty is no reference at all, and a
 * date input's midnight-UTC timestamp is its calendar date. A required field left empty is still reported.
 */
export function fromCms(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === null) continue;
    if (DATE_KEYS.has(key) && typeof value === 'string') {
      out[key] = MIDNIGHT_UTC.exec(value)?.[1] ?? value;
    } else if (isMapping(value)) {
      const kept = withoutNulls(value) as Record<string, unknown>;
      if (RELATED_KEY.test(key) && Object.keys(kept).length === 0) continue;
      out[key] = kept;
    } else {
      out[key] = withoutNulls(value);
    }
  }
  return out;
}
