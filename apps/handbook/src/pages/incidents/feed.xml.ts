import { CONTENT_TYPES, hrefFor, incidentDay, NOT_STATED_IN_RECORD } from '@handbook/schema';
import type { APIContext } from 'astro';
import { ATOM_HEADERS, atomFeed } from '../../lib/atom-feed.ts';
import { collection } from '../../lib/collections.ts';

/** `/incidents/feed.xml`: every postmortem, newest first, as an Atom feed; examples say so in their summary. */
export async function GET({ site }: APIContext): Promise<Response> {
  const incidents = await collection('incident');
  const entries = incidents.map((incident) => ({
    path: hrefFor('incident', incident.id),
    title: incident.data.title,
    date: incident.data.started === NOT_STATED_IN_RECORD ? (incidentDay(incident) ?? '') : incident.data.started,
    summary: `${incident.data.severity === NOT_STATED_IN_RECORD ? 'severity not stated' : incident.data.severity}, ${incident.data.status}.${incident.data.example ? ' An example written to illustrate the format, not a real incident.' : ''}`,
  }));
  return new Response(atomFeed({ site: site as URL, path: CONTENT_TYPES.incident.route, title: 'Postmortems', entries }), { headers: ATOM_HEADERS });
}
