import { expect, it } from 'vitest';
import { clock, slideFromHash } from '../src/runtime/deck.ts';

it('reads the slide of a URL hash only when it exists', () => {
  expect(slideFromHash('#slide-3', 10)).toBe(3);
  expect(slideFromHash('#slide-11', 10)).toBeUndefined();
  expect(slideFromHash('#slide-0', 10)).toBeUndefined();
  expect(slideFromHash('#intro', 10)).toBeUndefined();
});

it('prints elapsed time as minutes and seconds, with hours past the hour', () => {
  expect(clock(0)).toBe('00:00');
  expect(clock(754.9)).toBe('12:34');
  expect(clock(3_725)).toBe('1:02:05');
});
