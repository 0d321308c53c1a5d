import { DEBT_PRIORITIES } from '@handbook/schema';
import type { CollectionEntry } from 'astro:content';
import { collection } from './collections.ts';
import { paginate, type ListPage } from './pagination.ts';

const rank = (priority: (typeof DEBT_PRIORITIES)[number]) => DEBT_PRIORITIES.indexOf(priority);

/** Every open debt item (no `resolved` date), most urgent priority first, then by title. */
export async function openDebtItems(): Promise<CollectionEntry<'debt'>[]> {
  return (await collection('debt'))
    .filter((item) => item.data.resolved === undefined)
    .sort(
      (a, b) =>
        rank(a.data.priority) - rank(b.data.priority) || a.data.title.localeCompare(b.data.title),
    );
}

/** The register's pages of open items ({@link openDebtItems}), 100 a page, the first at `/debt/`. */
export async function openDebtPages(): Promise<ListPage<CollectionEntry<'debt'>>[]> {
  return paginate(await openDebtItems(), '/debt/');
}
