import { expect, it } from 'vitest';
import { withWordBreaks } from '../src/integrations/search-index.ts';

it('hands Pagefind table cells and definitions that end in a space, so excerpts keep words apart', () => {
  expect(
    withWordBreaks('<tr><td>92 min</td><td>≤ 30 min</td></tr><dl><dt>Owner</dt><dd>Ada</dd></dl>'),
  ).toBe('<tr><td>92 min </td><td>≤ 30 min </td></tr><dl><dt>Owner </dt><dd>Ada </dd></dl>');
});
