import { repositoryToday } from '@handbook/content';
import { UsageError } from './exit-codes.ts';
const pad = (value: number, width = 2) => String(Math.abs(value)).padStart(width, '0');

/**
 * `instant` as ISO 8601 in the machine's local time with its UTC offset, to the minute
 * (`2026-11-24T16:40:00+01:00`): the form postmortem timestamps take.
 */
export function localIsoDateTime(instant: Date): string {
  const offset = -instant.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const date = `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
  const time = `${pad(instant.getHours())}:${pad(instant.getMinutes())}:00`;
  return `${date}T${time}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/**
 * Today for a command run on the repository at `root`: `io.today` when fixed, else the
 * repository's day in its time zone (`repositoryToday`, the clock lint and the site build use).
 * Throws {@link UsageError} for a fixed day not written `YYYY-MM-DD` or an unknown time zone.
 */
export function today(root: string, fixed: string | undefined): string {
  try {
    return repositoryToday(root, new Date(), fixed ?? '');
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
