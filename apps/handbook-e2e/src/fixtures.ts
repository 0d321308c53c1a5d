import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertValidRepository, loadRepository, type ValidRepository } from '@handbook/content';
import { test as base } from '@playwright/test';
import { FIXTURE_REPOSITORY } from './serve-built-site.ts';

/** The repository whose content the site was built from. */
export const REPOSITORY_ROOT = path.resolve(fileURLToPath(import.meta.url), '../../../..');

function requiredEnvironment(name: string): string {
  const value = process.env[name];
  if (value === undefined) throw new Error(`${name} is not set: run the tests through playwright.config.ts.`);
  return value;
}

/**
 * `test` with the site's address as `baseURL` and the repository's own content as
 * `repository`, read through the same lib the site uses, so tests compare the page with the
 * files instead of with numbers written into the test. `fixture` is the site built from the
 * fixture repository (`fixtures/repository`), with its content.
 */
export const test = base.extend<object, { repository: ValidRepository; fixture: { url: string; repository: ValidRepository } }>({
  baseURL: async ({}, use) => {
    await use(requiredEnvironment('HANDBOOK_URL'));
  },
  repository: [
    async ({}, use) => {
      await use(assertValidRepository(await loadRepository(REPOSITORY_ROOT)));
    },
    { scope: 'worker' },
  ],
  fixture: [
    async ({}, use) => {
      await use({ url: requiredEnvironment('HANDBOOK_FIXTURE_URL'), repository: assertValidRepository(await loadRepository(FIXTURE_REPOSITORY)) });
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
export { FIXTURE_TODAY } from './serve-built-site.ts';
