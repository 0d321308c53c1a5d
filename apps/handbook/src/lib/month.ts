const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Formats an ISO 8601 month (`2026-08`) for people: `Aug 2026`. */
export function formatMonth(isoMonth: string): string {
  const [year, month] = isoMonth.split('-');
  return `${MONTH_NAMES[Number(month) - 1]} ${year}`;
}
