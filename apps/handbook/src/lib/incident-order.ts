import { incidentDay } from '@handbook/schema';
import type { CollectionEntry } from 'astro:content';
import { collection } from './collections.ts';

/** Every postmortem, newest start first (by day, then instant, then highest id), as the incident list shows them. */
export async function incidentsNewestFirst(): Promise<CollectionEntry<'incident'>[]> {
  return (await collection('incident')).sort(
    (a, b) =>
      (incidentDay(b) ?? '').localeCompare(incidentDay(a) ?? '') ||
      b.data.started.localeCompare(a.data.started) ||
      b.id.localeCompare(a.id),
  );
}
