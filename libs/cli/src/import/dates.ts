import { IsoDateSchema } from '@handbook/schema';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A four-digit year from a written one: two digits are read as 20YY. */
const fullYear = (year: string) => (year.length === 2 ? `20${year}` : year);

/** `YYYY-MM-DD` when the parts make a real day, else `undefined`. */
function iso(year: string, month: string | number, day: string): string | undefined {
  const text = `${fullYear(year)}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return IsoDateSchema.safeParse(text).success ? text : undefined;
}

/** The number (1-12) of a month written as a name or its first three letters, else `undefined`. */
function monthNumber(name: string): number | undefined {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return index === -1 ? undefined : index + 1;
}

/**
 * A date as other teams write it, read as `YYYY-MM-DD`: ISO (`2017-06-30`), day first with
 * slashes, hyphens or dots (`30/06/2017`, `30-06-2017`, `30.06.17`; day first, as the corpus's
 * European teams write them), `30-Jun-2017`, `June 30 2017` / `June 30, 2017`, `30 June 2017`.
 * Input: the text after a `Date:` label or a changelog bullet. Output: the day and which form
 * it was read from, or `undefined` when no real day is found.
 */
export function readForeignDate(text: string): { date: string; form: string } | undefined {
  const found = (date: string | undefined, form: string) =>
    date === undefined ? undefined : { date, form };
  let match = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (match !== null)
    return found(iso(match[1] ?? '', match[2] ?? '', match[3] ?? ''), 'YYYY-MM-DD');
  match = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\b/.exec(text);
  if (match !== null)
    return found(
      iso(match[4] ?? '', match[3] ?? '', match[1] ?? ''),
      `DD${match[2]}MM${match[2]}YY${(match[4] ?? '').length === 4 ? 'YY' : ''}`,
    );
  match = /\b(\d{1,2})[-\s]([A-Za-z]{3,9})[-\s,]+(\d{4})\b/.exec(text);
  const dayFirst = match === null ? undefined : monthNumber(match[2] ?? '');
  if (match !== null && dayFirst !== undefined)
    return found(iso(match[3] ?? '', dayFirst, match[1] ?? ''), 'D Month YYYY');
  match = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(text);
  const monthFirst = match === null ? undefined : monthNumber(match[1] ?? '');
  if (match !== null && monthFirst !== undefined)
    return found(iso(match[3] ?? '', monthFirst, match[2] ?? ''), 'Month D YYYY');
  return undefined;
}
