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
 * Today's date `YYYY-MM-DD`: `HANDBOOK_TODAY` when set (reproducible tests and builds), else the
 * machine's local date. Returns `undefined` for a `HANDBOOK_TODAY` that is not a date.
 */
export function localToday(instant: Date, fixed: string | undefined): string | undefined {
  if (fixed !== undefined && fixed !== '')
    return /^\d{4}-\d{2}-\d{2}$/.test(fixed) ? fixed : undefined;
  return localIsoDateTime(instant).slice(0, 10);
}
