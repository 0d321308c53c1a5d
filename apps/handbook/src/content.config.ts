import { defineCollection } from 'astro:content';
import { adrLoader, peopleLoader, teamsLoader } from './content/repository-loaders.ts';

/** Collections only wire loaders to `@handbook/content`; the schemas come from `@handbook/schema`. */
export const collections = {
  adr: defineCollection({ loader: adrLoader() }),
  people: defineCollection({ loader: peopleLoader() }),
  teams: defineCollection({ loader: teamsLoader() }),
};
