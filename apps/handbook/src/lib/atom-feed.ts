import { Feed } from 'feed';
import { SITE_NAME } from './site-navigation.ts';

/** One entry of a feed: its page, title, when it happened and a one-line summary. */
export interface FeedEntry {
  /** Site path of the entry's page (`/adr/0004-x/`). */
  path: string;
  title: string;
  /** `YYYY-MM-DD`, or ISO 8601 with offset. */
  date: string;
  summary: string;
}

/**
 * Text as HTML that shows exactly that text. The `feed` package writes titles and summaries as
 * `type="html"` inside CDATA and escapes only the first `]]>`: escaping `&`, `<` and `>` first
 * leaves no `]]>` to break out of the CDATA, and a reader shows `<script>` as text, not markup.
 */
const asHtmlText = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** A date or instant as a `Date`; a bare day is taken as midnight UTC. */
const toDate = (value: string) =>
  new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);

/**
 * An Atom 1.0 feed (written by the `feed` package) of `entries`, newest first (ties by path), for the section
 * at `path` of the site at `site`. `updated` is the newest entry's date, so the feed only changes
 * when its content does. Titles and summaries are authors' text and stay text, whatever they hold
 * (`]]>`, markup). Output: the XML text.
 */
export function atomFeed({
  site,
  path,
  title,
  entries,
}: {
  site: URL;
  path: string;
  title: string;
  entries: readonly FeedEntry[];
}): string {
  const sorted = [...entries].sort(
    (a, b) => toDate(b.date).getTime() - toDate(a.date).getTime() || b.path.localeCompare(a.path),
  );
  const feed = new Feed({
    id: new URL(path, site).href,
    title,
    link: new URL(path, site).href,
    updated: sorted[0] === undefined ? new Date(0) : toDate(sorted[0].date),
    feedLinks: { atom: new URL(`${path}feed.xml`, site).href },
    generator: false,
    author: { name: SITE_NAME, link: site.href },
  });
  for (const entry of sorted) {
    const link = new URL(entry.path, site).href;
    feed.addItem({
      id: link,
      link,
      title: asHtmlText(entry.title),
      date: toDate(entry.date),
      description: asHtmlText(entry.summary),
    });
  }
  return feed.atom1();
}

/** The HTTP headers of a feed response. */
export const ATOM_HEADERS = { 'Content-Type': 'application/atom+xml; charset=utf-8' } as const;
