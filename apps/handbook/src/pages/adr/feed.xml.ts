import { CONTENT_TYPES, hrefFor } from '@handbook/schema';
import type { APIContext } from 'astro';
import { ATOM_HEADERS, atomFeed } from '../../lib/atom-feed.ts';
import { collection } from '../../lib/collections.ts';

/** `/adr/feed.xml`: every ADR, newest first, as an Atom feed. */
export async function GET({ site }: APIContext): Promise<Response> {
  const adrs = await collection('adr');
  const entries = adrs.map((adr) => ({ path: hrefFor('adr', adr.id), title: `ADR ${adr.id.slice(0, 4)}: ${adr.data.title}`, date: adr.data.date, summary: `Status: ${adr.data.status}.` }));
  return new Response(atomFeed({ site: site as URL, path: CONTENT_TYPES.adr.route, title: 'Architecture decision records', entries }), { headers: ATOM_HEADERS });
}
