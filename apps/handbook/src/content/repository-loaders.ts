import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { assertValidRepository, loadRepository } from '@handbook/content';
import { AdrSchema, PersonSchema, TeamSchema } from '@handbook/schema';
import type { Loader, LoaderContext } from 'astro/loaders';

type ValidRepository = ReturnType<typeof assertValidRepository>;

let reading: Promise<ValidRepository> | undefined;

/** The repository root: two folders above the site (`apps/handbook`). */
function repositoryRoot(context: LoaderContext): string {
  return fileURLToPath(new URL('../../', context.config.root));
}

/**
 * The repository is read and checked once per build and shared by every collection, since
 * references need all files at once. Throws `ContentError` (every problem, a line each) so that bad content fails the build.
 */
function readRepository(context: LoaderContext): Promise<ValidRepository> {
  reading ??= loadRepository(repositoryRoot(context)).then(assertValidRepository);
  return reading;
}

/** ADRs from `adr/`, with their Markdown bodies rendered by the site's Markdown pipeline. */
export function adrLoader(): Loader {
  return {
    name: 'handbook-adr-loader',
    schema: AdrSchema,
    async load(context) {
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
  };
}

/** People from `content/team.yaml`, by person id. */
export function peopleLoader(): Loader {
  return {
    name: 'handbook-people-loader',
    schema: PersonSchema,
    async load(context) {
      const { roster } = await readRepository(context);
      context.store.clear();
      for (const person of roster.people) context.store.set({ id: person.id, data: person });
    },
  };
}

/** Teams from `content/team.yaml`, by team id. */
export function teamsLoader(): Loader {
  return {
    name: 'handbook-teams-loader',
    schema: TeamSchema,
    async load(context) {
      const { roster } = await readRepository(context);
      context.store.clear();
      for (const team of roster.teams) context.store.set({ id: team.id, data: team });
    },
  };
}
