import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { assertValidRepository, loadRepository } from '@handbook/content';
import { AdrSchema, PersonSchema, TeamSchema } from '@handbook/schema';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';

type ValidRepository = ReturnType<typeof assertValidRepository>;

let reading: Promise<ValidRepository> | undefined;

/**
 * The repository whose content is published: `HANDBOOK_REPOSITORY` when set (to build the
 * handbook of another checkout), otherwise the one the site sits in, two folders up.
 */
function repositoryRoot(context: LoaderContext): string {
  return process.env.HANDBOOK_REPOSITORY ?? fileURLToPath(new URL('../../', context.config.root));
}

/**
 * The repository is read and checked once per build and shared by every collection, since
 * references need all files at once. Throws `ContentError` (every problem, a line each) so
 * that bad content fails the build.
 */
function readRepository(context: LoaderContext): Promise<ValidRepository> {
  reading ??= loadRepository(repositoryRoot(context)).then(assertValidRepository);
  return reading;
}

/** ADRs from `adr/`, with their Markdown bodies rendered by the site's Markdown pipeline. */
export function adrLoader() {
  return {
    name: 'handbook-adr-loader',
    schema: AdrSchema,
    async load(context: LoaderContext) {
      const repository = await readRepository(context);
      const siteRoot = fileURLToPath(context.config.root);
      context.store.clear();
      for (const adr of repository.adrs) {
        const absolutePath = path.join(repositoryRoot(context), adr.file);
        context.store.set({
          id: adr.id,
          data: adr.data,
          body: adr.body,
          filePath: path.relative(siteRoot, absolutePath),
          digest: context.generateDigest({ data: adr.data, body: adr.body }),
          rendered: await context.renderMarkdown(adr.body, { fileURL: pathToFileURL(absolutePath) }),
        });
      }
    },
  } satisfies Loader;
}

/** A loader for one list of `content/team.yaml`, each item stored under its own id. */
function rosterListLoader<S extends z.ZodType>(list: 'people' | 'teams', schema: S) {
  return {
    name: `handbook-${list}-loader`,
    schema,
    async load(context: LoaderContext) {
      const { roster } = await readRepository(context);
      context.store.clear();
      for (const item of roster[list]) context.store.set({ id: item.id, data: item });
    },
  } satisfies Loader;
}

/** People from `content/team.yaml`, by person id. */
export const peopleLoader = () => rosterListLoader('people', PersonSchema);

/** Teams from `content/team.yaml`, by team id. */
export const teamsLoader = () => rosterListLoader('teams', TeamSchema);
