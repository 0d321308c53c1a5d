import { expect, it } from 'vitest';
import { formatInstant } from '../src/lib/instant-format.ts';

it('says an instant in the clock it was written in, with the offset in words', () => {
  expect(formatInstant('2026-11-19T09:12:00+01:00')).toBe('19 Nov 2026, 09:12 UTC+1');
  expect(formatInstant('2026-05-03T08:00:00Z')).toBe('3 May 2026, 08:00 UTC');
  expect(formatInstant('2026-01-31T23:05+05:30')).toBe('31 Jan 2026, 23:05 UTC+5:30');
  expect(formatInstant('2026-07-01T10:00:00-04:00')).toBe('1 Jul 2026, 10:00 UTC-4');
});

it('leaves what is not an instant as it is', () => {
  expect(formatInstant('yesterday')).toBe('yesterday');
});
