import { CONTENT_TYPES, hrefFor } from '@handbook/schema';
import { expect, required, test } from '../src/fixtures.ts';

test('every sync note is listed and shows its four closing sections', async ({
  page,
  repository,
}) => {
  const syncs = repository.entries.sync;
  const first = required(syncs[0], 'sync note');
  await page.goto(CONTENT_TYPES.sync.route);
  await expect(page.locator('[data-entry-id]')).toHaveCount(syncs.length);
  await page.goto(hrefFor('sync', first.id));
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(
    CONTENT_TYPES.sync.sections.map((section) => section.heading),
  );
  await expect(page.locator('[data-field="participants"] li')).toHaveCount(
    first.data.participants.length,
  );
});
