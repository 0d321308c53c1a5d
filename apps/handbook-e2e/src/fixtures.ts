import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertValidRepository, loadRepository, type ValidRepository } from '@handbook/content';
import { test as base } from '@playwright/test';
import { FIXTURE_REPOSITORY, FIXTURE_TODAY } from './serve-built-site.ts';

/** The repository this project sits in: the organisation's own content, which only the smoke spec and the accessibility sweep read. */
const REPOSITORY_ROOT = path.resolve(fileURLToPath(import.meta.url), '../../../..');

/** The address a global-setup variable holds; a clear error when the tests run outside playwright.config.ts. */
export function siteUrl(
  name: 'HANDBOOK_URL' | 'HANDBOOK_FIXTURE_URL' | 'HANDBOOK_HOSTILE_URL',
): string {
  const value = process.env[name];
  if (value === undefined)
    throw new Error(`${name} is not set: run the tests through playwright.config.ts.`);
  return value;
}

/**
 * `value`, or a failure saying which case the fixture repository lost: a spec never skips for want
 * of content, since the fixture is written to hold every case it asserts.
 */
export function required<T>(value: T | undefined, what: string): T {
  if (value === undefined)
    throw new Error(`the fixture repository (fixtures/repository) has no ${what}`);
  return value;
}

/**
 * `test` with the fixture repository's site as `baseURL` and that repository's content as
 * `repository`, read through the same lib the site uses, so tests compare the page with the files
 * instead of with numbers written into the test. `organisation` is this repository's own site and
 * content, for the smoke spec.
 */
export const test = base.extend<
  object,
  { repository: ValidRepository; organisation: { url: string; repository: ValidRepository } }
>({
  baseURL: async ({}, use) => {
    await use(siteUrl('HANDBOOK_FIXTURE_URL'));
  },
  repository: [
    async ({}, use) => {
      await use(
        assertValidRepository(await loadRepository(FIXTURE_REPOSITORY, { today: FIXTURE_TODAY })),
      );
    },
    { scope: 'worker' },
  ],
  organisation: [
    async ({}, use) => {
      await use({
        url: siteUrl('HANDBOOK_URL'),
        repository: assertValidRepository(await loadRepository(REPOSITORY_ROOT)),
      });
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
export { FIXTURE_REPOSITORY, FIXTURE_TODAY } from './serve-built-site.ts';
