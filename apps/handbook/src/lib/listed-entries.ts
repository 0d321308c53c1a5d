import { CONTENT_TYPES, titleOf, type ContentTypeName } from '@handbook/schema';
import type { CollectionEntry } from 'astro:content';
import { adrsNewestFirst } from './adr-log.ts';
import { collection } from './collections.ts';
import { openDebtItems } from './open-debt.ts';
import { handbookSections } from './handbook-navigation.ts';
import { incidentsNewestFirst } from './incident-order.ts';

/** The types whose list has an order of its own (the debt register lists open items only). */
const OWN_ORDER: { [Name in ContentTypeName]?: () => Promise<CollectionEntry<Name>[]> } = {
  adr: adrsNewestFirst,
  incident: incidentsNewestFirst,
  debt: openDebtItems,
  page: async () => handbookSections(await collection('page')).flatMap(({ pages }) => pages),
  deck: async () =>
    (await collection('deck')).sort((a, b) => b.data.date.localeCompare(a.data.date)),
};

/**
 * The entries a type's list pages show, in their order: the type's own order when it has one;
 * else newest first when ids begin with a number or a date, by title otherwise.
 */
export async function listedEntries(
  type: ContentTypeName,
): Promise<CollectionEntry<ContentTypeName>[]> {
  const own = OWN_ORDER[type] as (() => Promise<CollectionEntry<ContentTypeName>[]>) | undefined;
  if (own !== undefined) return own();
  const entries = await collection(type);
  const { convention } = CONTENT_TYPES[type];
  return convention === 'slug' || convention === 'path'
    ? entries.sort((a, b) => titleOf(type, a.data).localeCompare(titleOf(type, b.data)))
    : entries.sort((a, b) => b.id.localeCompare(a.id));
}

/**
 * The order "Previous" and "Next" walk a type's entries in: the handbook's pages as its sidebar
 * lists them (section, then `order`, then title); every other type by id, oldest number or date
 * first.
 */
export async function readingOrder(
  type: ContentTypeName,
): Promise<CollectionEntry<ContentTypeName>[]> {
  if (type === 'page') return listedEntries('page');
  return (await collection(type)).sort((a, b) => a.id.localeCompare(b.id));
}
