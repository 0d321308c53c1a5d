import { CONTENT_TYPE_NAMES, type ContentTypeName } from '@handbook/schema';
import { defineCollection } from 'astro:content';
import { repositoryLoaders } from './content/repository-loaders.ts';

/** The loaders of this process, sharing one read of the repository. */
const loaders = repositoryLoaders();

/** The collection of a registered content type: its loader, which carries the type's schema. */
type TypeCollection<Name extends ContentTypeName> = {
  loader: ReturnType<typeof loaders.content<Name>>;
};

/** One collection per registered content type, named after it, read from the registry. */
const typeCollections = Object.fromEntries(
  CONTENT_TYPE_NAMES.map((name) => [name, defineCollection({ loader: loaders.content(name) })]),
) as { [Name in ContentTypeName]: TypeCollection<Name> };

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
