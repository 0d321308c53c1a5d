/**
 * The date the site's figures are computed for, `YYYY-MM-DD`: `HANDBOOK_TODAY` when set (for
 * reproducible builds and tests), otherwise the build's date in UTC. Throws when
 * `HANDBOOK_TODAY` is set to anything but a date.
 */
export function today(): string {
  const fixed = process.env.HANDBOOK_TODAY;
  if (fixed === undefined || fixed === '') return new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed))
    throw new Error(`HANDBOOK_TODAY must be a date written YYYY-MM-DD, not "${fixed}".`);
  return fixed;
}
