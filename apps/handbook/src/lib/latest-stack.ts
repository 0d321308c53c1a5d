import { type CollectionEntry } from 'astro:content';
import { collection } from './collections.ts';

/** The tech stack file describing the latest day (`as-of`), or `undefined` when there is none: what `/stack/` and the deck's migration map show. */
export async function latestStack(): Promise<CollectionEntry<'stack'> | undefined> {
  return (await collection('stack')).sort((a, b) =>
    b.data['as-of'].localeCompare(a.data['as-of']),
  )[0];
}
