import type { CollectionEntry } from 'astro:content';
import { collection } from './collections.ts';
import { paginate, type ListPage } from './pagination.ts';

/** The incident list's pages: every postmortem, newest start first (then highest id), 100 a page. */
export async function incidentPages(): Promise<ListPage<CollectionEntry<'incident'>>[]> {
  const incidents = (await collection('incident')).sort(
    (a, b) => b.data.started.localeCompare(a.data.started) || b.id.localeCompare(a.id),
  );
  return paginate(incidents, '/incidents/');
}
