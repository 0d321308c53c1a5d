import { adrStatusShown, CONTENT_TYPES, hrefFor } from '@handbook/schema';
import type { APIContext } from 'astro';
import { ATOM_HEADERS, atomFeed } from '../../lib/atom-feed.ts';
import { collection } from '../../lib/collections.ts';
import { adrNumber } from '../../lib/adr-log.ts';

/** `/adr/feed.xml`: every ADR that states its date, newest first, as an Atom feed (an entry needs a date). */
export async function GET({ site }: APIContext): Promise<Response> {
  const adrs = await collection('adr');
  const entries = adrs.flatMap(({ id, data }) =>
    data.date === undefined ? [] : [{ path: hrefFor('adr', id), title: `ADR ${adrNumber(id)}: ${data.title}`, date: data.date, summary: `Status: ${adrStatusShown(data)}.` }],
  );
  return new Response(atomFeed({ site: site as URL, path: CONTENT_TYPES.adr.route, title: 'Architecture decision records', entries }), { headers: ATOM_HEADERS });
}
