import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ADR_FOLDER, assertValidRepository, loadRepository, ROSTER_FILE, type ValidRepository } from '@handbook/content';
import { AdrSchema, PersonSchema, TeamSchema } from '@handbook/schema';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';

let reading: Promise<ValidRepository> | undefined;
const refreshers = new Set<() => Promise<void>>();
let watching = false;

/**
 * The repository whose content is published: `HANDBOOK_REPOSITORY` when set (to build the
 * handbook of another checkout), otherwise the one the site sits in, two folders up.
 */
function repositoryRoot(context: LoaderContext): string {
  return process.env.HANDBOOK_REPOSITORY ?? fileURLToPath(new URL('../../', context.config.root));
}

/**
 * The repository is read and checked once and shared by every collection, since references
 * need all files at once. Throws `ContentError` (every problem, a line each) so that bad
 * content fails the build.
 */
function readRepository(context: LoaderContext): Promise<ValidRepository> {
  reading ??= loadRepository(repositoryRoot(context)).then(assertValidRepository);
  return reading;
}

/**
 * In `astro dev`, a change to the content folders invalidates the shared read once, then
 * refreshes every collection, so an edited ADR shows without restarting the server.
 */
function watchRepository(context: LoaderContext, refresh: () => Promise<void>): void {
  refreshers.add(refresh);
  if (context.watcher === undefined || watching) return;
  watching = true;
  const root = repositoryRoot(context);
  const watched = [path.join(root, ADR_FOLDER), path.join(root, ROSTER_FILE)];
  context.watcher.add(watched);
  context.watcher.on('all', (_event, changed) => {
    if (!watched.some((target) => changed.startsWith(target))) return;
    reading = undefined;
    for (const refreshCollection of refreshers) {
      refreshCollection().catch((error: Error) => context.logger.error(error.message));
    }
  });
}

/**
 * A loader that fills its collection from the shared repository read. Input: a name, the
 * schema that types the entries (from `@handbook/schema`), and how to store the repository's
 * part of the collection. Validation already happened in `@handbook/content`, so `parseData`
 * is not called again.
 */
function repositoryLoader<S extends z.ZodType>(
  name: string,
  schema: S,
  fill: (repository: ValidRepository, context: LoaderContext) => Promise<void>,
) {
  return {
    name: `handbook-${name}-loader`,
    schema,
    async load(context: LoaderContext) {
      const refresh = async () => {
        const repository = await readRepository(context);
        context.store.clear();
        await fill(repository, context);
      };
      await refresh();
      watchRepository(context, refresh);
    },
  } satisfies Loader;
}

/** ADRs from `adr/`, with their Markdown bodies rendered by the site's Markdown pipeline. */
export const adrLoader = () =>
  repositoryLoader('adr', AdrSchema, async (repository, context) => {
    const siteRoot = fileURLToPath(context.config.root);
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
  });

/** People from `content/team.yaml`, by person id. */
export const peopleLoader = () =>
  repositoryLoader('people', PersonSchema, async ({ roster }, context) => {
    for (const person of roster.people) context.store.set({ id: person.id, data: person });
  });

/** Teams from `content/team.yaml`, by team id. */
export const teamsLoader = () =>
  repositoryLoader('teams', TeamSchema, async ({ roster }, context) => {
    for (const team of roster.teams) context.store.set({ id: team.id, data: team });
  });
