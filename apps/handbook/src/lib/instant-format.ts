const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * An instant as written in a record (ISO 8601 with its offset, `2026-11-19T09:12:00+01:00`) the
 * way a reader says it, in the writer's own clock: "19 Nov 2026, 09:12 UTC+1" (`UTC` for `Z`,
 * minutes only when the offset has them: "UTC+5:30"). Input that is not such an instant is
 * returned as it is.
 */
export function formatInstant(instant: string): string {
  const match = INSTANT.exec(instant);
  if (match === null) return instant;
  const [, year, month, day, hour, minute, offset = 'Z'] = match;
  const zone =
    offset === 'Z' || offset === '+00:00' || offset === '-00:00'
      ? 'UTC'
      : `UTC${offset[0]}${Number(offset.slice(1, 3))}${offset.endsWith(':00') ? '' : `:${offset.slice(4)}`}`;
  return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}, ${hour}:${minute} ${zone}`;
}
