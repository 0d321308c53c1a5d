import { entryKey, entryMarkdown, entrySummary, twinHref } from '@handbook/content';
import { getEntry, type CollectionEntry } from 'astro:content';
import {
  CONTENT_TYPE_NAMES,
  CONTENT_TYPES,
  countable,
  titleOf,
  type ContentTypeName,
} from '@handbook/schema';
import { listedEntries } from './listed-entries.ts';
import { SITE_DESCRIPTION, SITE_NAME } from './site-navigation.ts';

/** The Markdown twin of an entry of the site's collections ({@link entryMarkdown}), its links resolved from its source file. */
export async function twinOf(
  type: ContentTypeName,
  entry: CollectionEntry<ContentTypeName>,
): Promise<string> {
  const file = (await getEntry('sources', entryKey(type, entry.id)))?.data.file ?? '';
  return entryMarkdown({ type, id: entry.id, data: entry.data, body: entry.body ?? '', file });
}

/** The entries `llms.txt` names, examples left out by the dashboard's rule (`countable`). */
const listed = async (type: ContentTypeName) =>
  countable(
    (await listedEntries(type)) as (CollectionEntry<ContentTypeName> & {
      data: { example?: boolean };
    })[],
    {},
  );

/**
 * `/llms.txt` in the llmstxt.org format: the site's name as the title, its summary as a quote,
 * a paragraph on the Markdown twins, then one section per registered type listing each entry
 * (examples left out) as a link to its Markdown twin with a one-line summary, in the order of
 * the type's list pages.
 */
export async function llmsText(): Promise<string> {
  const sections = await Promise.all(
    CONTENT_TYPE_NAMES.map(async (type) => {
      const entries = await listed(type);
      if (entries.length === 0) return undefined;
      const links = entries.map(
        (entry) =>
          `- [${titleOf(type, entry.data)}](${twinHref(type, entry.id)}): ${entrySummary({ type, data: entry.data })}`,
      );
      return `## ${CONTENT_TYPES[type].section}\n\n${CONTENT_TYPES[type].summary}\n\n${links.join('\n')}`;
    }),
  );
  return `${[
    `# ${SITE_NAME}`,
    `> ${SITE_DESCRIPTION}`,
    'Every page of an entry has a Markdown twin at its address with `.md` appended, listed below. A superseded, rejected or proposed decision and an example say so in their first lines; follow accepted decisions only. `/llms-full.txt` holds the accepted decisions, the open debt, the handbook and runbooks, and the latest scorecard in one file.',
    ...sections.filter((section) => section !== undefined),
  ].join('\n\n')}\n`;
}

/** Which entries `/llms-full.txt` holds, by type: what an agent must respect, not the history. */
const FULL: { [Name in ContentTypeName]?: (data: Record<string, unknown>) => boolean } = {
  adr: (data) => data.status === 'accepted' && data['superseded-by'] === undefined,
  debt: (data) => data.resolved === undefined,
  page: () => true,
  runbook: () => true,
};

/**
 * `/llms-full.txt`: the twins of every accepted ADR, open debt item, handbook page and runbook
 * and of the latest scorecard, examples left out, each after a rule, in one Markdown file.
 */
export async function llmsFullText(): Promise<string> {
  const chosen = await Promise.all(
    CONTENT_TYPE_NAMES.map(async (type) => {
      const entries = await listed(type);
      const keep = FULL[type];
      const kept =
        type === 'scorecard'
          ? entries.slice(0, 1)
          : keep === undefined
            ? []
            : entries.filter((entry) => keep(entry.data as Record<string, unknown>));
      return Promise.all(kept.map((entry) => twinOf(type, entry)));
    }),
  );
  return `# ${SITE_NAME}: what is in force\n\n> ${SITE_DESCRIPTION}\n\n${chosen.flat().join('\n---\n\n')}`;
}
