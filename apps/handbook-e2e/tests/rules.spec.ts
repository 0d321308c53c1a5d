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
