import { CONTENT_TYPES, hrefFor } from '@handbook/schema';
import { expect, required, test } from '../src/fixtures.ts';

test('an example interview is badged in the list and on its page, and says it is not our research', async ({
  page,
  repository,
}) => {
  const example = required(
    repository.entries.interview.find((interview) => interview.data.example),
    'example interview',
  );
  await page.goto(CONTENT_TYPES.interview.route);
  await expect(page.locator(`[data-interview-id="${example.id}"] [data-example]`)).toBeVisible();
  await page.goto(hrefFor('interview', example.id));
  await expect(page.locator('.entry-header [data-example]')).toBeVisible();
  await expect(page.locator('[data-example-notice]')).toContainText('not this organisation');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(
    CONTENT_TYPES.interview.sections.map((section) => section.heading),
  );
});
