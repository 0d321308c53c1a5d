import { repositoryToday } from '@handbook/content';
import { root } from 'astro:config/server';
import { repositoryRoot } from './repository-root.ts';

/**
 * The date the site's figures are computed for, `YYYY-MM-DD`: the published repository's today
 * (`repositoryToday`: `HANDBOOK_TODAY` when set, else the date in its `handbook.timeZone`, UTC by
 * default), the same day `handbook lint` uses. Throws for a bad `HANDBOOK_TODAY` or time zone.
 */
export function today(): string {
  return repositoryToday(repositoryRoot(new URL(root)));
}
