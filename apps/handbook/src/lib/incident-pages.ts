import { incidentDay } from '@handbook/schema';
import type { CollectionEntry } from 'astro:content';
import { collection } from './collections.ts';
import { paginate, type ListPage } from './pagination.ts';

/** The incident list's pages: every postmortem, newest start first (by day, then instant, then highest id), 100 a page. */
export async function incidentPages(): Promise<ListPage<CollectionEntry<'incident'>>[]> {
  const incidents = (await collection('incident')).sort(
    (a, b) =>
      (incidentDay(b) ?? '').localeCompare(incidentDay(a) ?? '') ||
      b.data.started.localeCompare(a.data.started) ||
      b.id.localeCompare(a.id),
  );
  return paginate(incidents, '/incidents/');
}
