import type { ContentTypeName } from '@handbook/schema';
import { defineCollection } from 'astro:content';
import {
  backlinksLoader,
  contentLoader,
  peopleLoader,
  problemsLoader,
  sourcesLoader,
  teamsLoader,
} from './content/repository-loaders.ts';

/** One collection per registered content type, named after it; a new type fails typecheck here until it is added. */
const typeCollections = {
  adr: defineCollection({ loader: contentLoader('adr') }),
  incident: defineCollection({ loader: contentLoader('incident') }),
  debt: defineCollection({ loader: contentLoader('debt') }),
  scorecard: defineCollection({ loader: contentLoader('scorecard') }),
  page: defineCollection({ loader: contentLoader('page') }),
  deck: defineCollection({ loader: contentLoader('deck') }),
  stack: defineCollection({ loader: contentLoader('stack') }),
  sync: defineCollection({ loader: contentLoader('sync') }),
  interview: defineCollection({ loader: contentLoader('interview') }),
} satisfies Record<ContentTypeName, unknown>;

/**
 * The collections, plus the roster's people and teams, each entry's backlinks, its source file's
 * history and every file's content problems; every schema
 * comes from `@handbook/schema`.
 */
export const collections = {
  ...typeCollections,
  people: defineCollection({ loader: peopleLoader() }),
  teams: defineCollection({ loader: teamsLoader() }),
  backlinks: defineCollection({ loader: backlinksLoader() }),
  sources: defineCollection({ loader: sourcesLoader() }),
  problems: defineCollection({ loader: problemsLoader() }),
};
