import type { ContentTypeName } from '@handbook/schema';
import { defineCollection } from 'astro:content';
import { repositoryLoaders } from './content/repository-loaders.ts';

/** The loaders of this process, sharing one read of the repository. */
const loaders = repositoryLoaders();

/** One collection per registered content type, named after it; a new type fails typecheck here until it is added. */
const typeCollections = {
  adr: defineCollection({ loader: loaders.content('adr') }),
  incident: defineCollection({ loader: loaders.content('incident') }),
  debt: defineCollection({ loader: loaders.content('debt') }),
  scorecard: defineCollection({ loader: loaders.content('scorecard') }),
  page: defineCollection({ loader: loaders.content('page') }),
  deck: defineCollection({ loader: loaders.content('deck') }),
  stack: defineCollection({ loader: loaders.content('stack') }),
  sync: defineCollection({ loader: loaders.content('sync') }),
  interview: defineCollection({ loader: loaders.content('interview') }),
} satisfies Record<ContentTypeName, unknown>;

/**
 * The collections, plus the roster's people and teams, each entry's backlinks, its source file's
 * history and every file's content problems; every schema
 * comes from `@handbook/schema`.
 */
export const collections = {
  ...typeCollections,
  people: defineCollection({ loader: loaders.people() }),
  teams: defineCollection({ loader: loaders.teams() }),
  backlinks: defineCollection({ loader: loaders.backlinks() }),
  sources: defineCollection({ loader: loaders.sources() }),
  problems: defineCollection({ loader: loaders.problems() }),
};
