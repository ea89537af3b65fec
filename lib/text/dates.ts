const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD` strictly: `2024-02-30` is rejected, never rolled over. */
export function parseIsoDate(value: string): Date | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? date : undefined;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Formats a UTC calendar date with moment-style tokens; `[text]` is copied literally. */
export function formatDate(isoDate: string, format: string): string {
  const date = parseIsoDate(isoDate);
  if (!date) throw new Error(`not a valid date: ${isoDate}`);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const day = date.getUTCDate();
  const tokens: Record<string, string> = {
    YYYY: String(year),
    YY: pad(year % 100),
    MMMM: MONTHS[month] ?? '',
    MMM: (MONTHS[month] ?? '').slice(0, 3),
    MM: pad(month + 1),
    M: String(month + 1),
    DD: pad(day),
    D: String(day),
  };
  // A literal holds no '[', so an unclosed run of '[' costs one step each, not a scan to the end.
  return format.replace(
    /\[([^[\]]*)\]|YYYY|YY|MMMM|MMM|MM|M|DD|D/g,
    (token, literal?: string) => literal ?? tokens[token] ?? token,
  );
}

/** The newest of some `YYYY-MM-DD` dates; '' for none, which the renderers then leave out. */
export const newestDate = (dates: Iterable<string>) => {
  let newest = '';
  for (const date of dates) if (date > newest) newest = date;
  return newest;
};
