import { formatDiagnostic, ruleHref, RULES, runExample } from '@handbook/content';
import { expect, test } from '../src/fixtures.ts';

test('the rules page lists every lint rule, each linking to its page', async ({ page }) => {
  await page.goto('/rules/');
  const rules = Object.values(RULES);
  await expect(page.locator('[data-rule]')).toHaveCount(rules.length);
  const secret = page.locator('[data-rule="safety/secret"]');
  await expect(secret).toContainText(RULES.secret.summary);
  await secret.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`${ruleHref('safety/secret')}$`));
});

test("a rule's page shows its reported example with the diagnostic the reader gives for it", async ({
  page,
}) => {
  const rule = RULES.unknownPerson;
  await page.goto(ruleHref(rule.id));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(rule.id);
  const expected = (await runExample(rule.examples.notOk, '2026-11-24'))
    .map(formatDiagnostic)
    .join('\n');
  await expect(page.locator('[data-example="notOk"] [data-diagnostics]')).toHaveText(expected);
  await expect(page.locator('[data-example="ok"]')).toContainText('No problems.');
});

test('the rules index keeps every rule id on one line, its columns aligned across families', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/rules/');
  const ids = page.locator('[data-rule] code');
  for (const id of await ids.all()) {
    const { height, lineHeight } = await id.evaluate((element) => ({
      height: element.getBoundingClientRect().height,
      lineHeight: parseFloat(getComputedStyle(element).lineHeight) || 20,
    }));
    expect(height, (await id.textContent()) ?? undefined).toBeLessThan(lineHeight * 1.5);
  }
  const lefts = await page
    .locator('table')
    .evaluateAll((tables) =>
      tables.map((table) =>
        Math.round(table.querySelectorAll('th')[1]!.getBoundingClientRect().left),
      ),
    );
  expect(new Set(lefts).size, 'the Severity column starts at one place in every table').toBe(1);
});
