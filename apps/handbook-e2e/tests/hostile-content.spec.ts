import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '../src/fixtures.ts';
import { HOSTILE_REPOSITORY } from '../src/serve-built-site.ts';

const expected = JSON.parse(
  await readFile(path.join(HOSTILE_REPOSITORY, 'expected.json'), 'utf8'),
) as Record<string, { page: string }>;

function hostileUrl(): string {
  const url = process.env.HANDBOOK_HOSTILE_URL;
  if (url === undefined)
    throw new Error('HANDBOOK_HOSTILE_URL is not set: run the tests through playwright.config.ts.');
  return url;
}

for (const [file, { page: pagePath }] of Object.entries(expected)) {
  test(`the hostile ${file} runs nothing, loads nothing and sends nothing in Chromium`, async ({
    page,
  }) => {
    const dialogs: string[] = [];
    const requests: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    page.on('request', (request) => requests.push(request.url()));
    const origin = hostileUrl();
    await page.goto(`${origin}${pagePath}`);
    // A deck's body is attached but shows one slide at a time: links are followed by a click event, visible or not.
    const body = page.locator('[data-entry-body]');
    await expect(body).toBeAttached();
    for (const link of await body.locator('a').all()) await link.dispatchEvent('click');
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
    await expect(page.locator('body')).not.toHaveCSS('display', 'none');
    expect(
      await page.evaluate(() => [typeof document.querySelector, typeof document.getElementById]),
      'no element replaced a DOM method',
    ).toEqual(['function', 'function']);
  });
}
