import { CONTENT_TYPES, openDebtByPriority } from '@handbook/schema';
import type { CollectionEntry } from 'astro:content';
import { collection } from './collections.ts';
import { paginate, type ListPage } from './pagination.ts';

/** Every open debt item (no `resolved` date), most urgent priority first, then by title. */
export async function openDebtItems(): Promise<CollectionEntry<'debt'>[]> {
  return openDebtByPriority(await collection('debt'));
}

/** The register's pages of open items ({@link openDebtItems}), 100 a page, the first at `/debt/`. */
export async function openDebtPages(): Promise<ListPage<CollectionEntry<'debt'>>[]> {
  return paginate(await openDebtItems(), CONTENT_TYPES.debt.route);
}
