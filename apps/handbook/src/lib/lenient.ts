/**
 * The environment variable that makes a production build lenient: `HANDBOOK_LENIENT=1` publishes
 * the valid entries, an error page at the address of each entry that has errors, `/problems/`
 * listing them all, and reports broken internal links as warnings, for a team mid-migration.
 * Without it a build is strict and fails on any of them. `astro dev` is always lenient.
 */
export const LENIENT_VARIABLE = 'HANDBOOK_LENIENT';

/** Whether this build was asked to be lenient ({@link LENIENT_VARIABLE} is `1`). */
export function lenientBuild(): boolean {
  return process.env[LENIENT_VARIABLE] === '1';
}
