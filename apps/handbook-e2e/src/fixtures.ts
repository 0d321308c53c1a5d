import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertValidRepository, loadRepository, type ValidRepository } from '@handbook/content';
import { test as base } from '@playwright/test';

/** The repository whose content the site was built from. */
const REPOSITORY_ROOT = path.resolve(fileURLToPath(import.meta.url), '../../../..');

/**
 * `test` with the site's address as `baseURL` and the repository's own content as
 * `repository`, read through the same lib the site uses, so tests compare the page with the
 * files instead of with numbers written into the test.
 */
export const test = base.extend<object, { repository: ValidRepository }>({
  baseURL: async ({}, use) => {
    const url = process.env.HANDBOOK_URL;
    if (url === undefined) throw new Error('HANDBOOK_URL is not set: run the tests through playwright.config.ts.');
    await use(url);
  },
  repository: [
    async ({}, use) => {
      await use(assertValidRepository(await loadRepository(REPOSITORY_ROOT)));
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
