import { NOT_STATED_IN_RECORD } from '@handbook/schema';

/** A day as a reader sees it: `YYYY-MM-DD`, or "a day not stated" when the record says `unknown`. */
export function dayWords(day: string): string {
  return day === NOT_STATED_IN_RECORD ? 'a day not stated' : day;
}
