import { parseIsoDate } from '@/lib/text/dates';

// A date and time where a calendar date belongs, as a CMS date-time input or a copied timestamp saves it.
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?$/i;

/** What to say about a date field holding a date with a time (UTC when no zone is given); undefined otherwise. */
export function dateWithTimeProblem(value: string): string | undefined {
  const match = TIMESTAMP.exec(value.trim());
  if (!match) return undefined;
  const [, day = '', time = '', zone = 'Z'] = match;
  const at = new Date(`${day}T${time}${zone.toUpperCase()}`);
  if (Number.isNaN(at.getTime()) || !parseIsoDate(day)) return undefined;
  return `read "${value}", a date with a time; write the calendar date ${at.toISOString().slice(0, 10)} (YYYY-MM-DD, UTC)`;
}
