import {
  CONTENT_TYPES,
  entryLinkTarget,
  hrefFor,
  parseId,
  titleOf,
  type AdrStatus,
  type ContentTypeName,
} from '@handbook/schema';

/** An entry as the Markdown twin needs it: the site's collections and the reader both give these. */
export interface TwinEntry {
  type: ContentTypeName;
  id: string;
  /** Validated data: front matter, or the whole file of a data type. */
  data: unknown;
  /** The Markdown after the front matter; empty for data files. */
  body: string;
  /** The repository-relative file (`adr/0005-x.md`), which the body's relative links start from. */
  file: string;
}

/** What an ADR's status tells a reader who acts on it (a coding agent above all). */
const ADR_STANDING: Record<AdrStatus, string | undefined> = {
  proposed: 'Proposed: not accepted yet, so not a rule to follow.',
  accepted: undefined,
  rejected: 'Rejected: this decision was not taken; do not follow it.',
  deprecated: 'Deprecated: this decision no longer applies.',
  superseded: 'Superseded: kept for history; it no longer applies.',
};

/**
 * What an entry's twin says first about where the entry stands, one sentence each: an example
 * (not a real record), an ADR that is superseded (by which), rejected, deprecated or only
 * proposed, a resolved debt item. Empty for an entry that stands as written.
 */
function entryStanding({ type, data }: Pick<TwinEntry, 'type' | 'data'>): string[] {
  const fields = data as Record<string, unknown>;
  const standing: string[] = [];
  if (fields.example === true)
    standing.push(
      "Example: written to show the format; not this organisation's record, and left out of every figure.",
    );
  if (type === 'adr') {
    const supersededBy = fields['superseded-by'];
    if (typeof supersededBy === 'string')
      standing.push(
        `Superseded by [${twinTitle('adr', supersededBy)}](${twinHref('adr', supersededBy)}): kept for history; it no longer applies.`,
      );
    else {
      const sentence = ADR_STANDING[fields.status as AdrStatus];
      if (sentence !== undefined) standing.push(sentence);
    }
  }
  if (type === 'debt' && typeof fields.resolved === 'string')
    standing.push(`Resolved on ${fields.resolved}: no longer open.`);
  return standing;
}

/** The fields whose values say, in a word each, what state an entry is in. */
const STATE_FIELDS = ['status', 'severity', 'priority', 'date', 'last-reviewed', 'as-of'] as const;

/**
 * One line on an entry for a list of links (`llms.txt`): its `description` when it has one,
 * else its state in words (`status accepted, date 2026-11-16`); its standing first when it has
 * one ({@link entryStanding}).
 */
export function entrySummary(entry: Pick<TwinEntry, 'type' | 'data'>): string {
  const fields = entry.data as Record<string, unknown>;
  const state =
    typeof fields.description === 'string'
      ? fields.description
      : STATE_FIELDS.filter((field) => typeof fields[field] === 'string')
          .map((field) => `${field} ${String(fields[field])}`)
          .join(', ');
  // "Proposed: …" says no more than `status proposed` does; a superseded-by or an example does.
  const standing = entryStanding(entry)
    .map((sentence) => sentence.split(':')[0] ?? '')
    .filter((word) => word.toLowerCase() !== fields.status);
  return [...standing, state]
    .filter((part) => part !== '')
    .join('; ');
}

/** The address of an entry's Markdown twin: its page's address without the slash, `.md` appended. */
export function twinHref(type: ContentTypeName, id: string): string {
  return `${hrefFor(type, id).slice(0, -1)}.md`;
}

/** How a link names an entry it has no data of: `ADR 0005` for a numbered type, else its id. */
function twinTitle(type: ContentTypeName, id: string): string {
  const number = parseId(CONTENT_TYPES[type].convention, id)?.number;
  return number === undefined
    ? id
    : `${CONTENT_TYPES[type].label} ${String(number).padStart(4, '0')}`;
}

/** A field value as one line of the header, or `undefined` when it is structured (a list of objects). */
function headerValue(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
    return value.length === 0 ? undefined : value.join(', ');
  return undefined;
}

/** An inline Markdown link's destination: `](` then a URL without spaces or parentheses, then `)`. */
const INLINE_LINK = /\]\(([^()\s]+)\)/g;

/**
 * The body with each link to another content entry (`0005-y.md`, `../incidents/z.md`, `/adr/y/`)
 * pointing at that entry's Markdown twin instead, so that a reader of twins stays among twins;
 * every other link as written. Input: the body and its file, repository-relative.
 */
function twinLinks(body: string, file: string): string {
  return body.replace(INLINE_LINK, (whole, url: string) => {
    const target = entryLinkTarget(url, file);
    return target?.id === undefined ? whole : `](${twinHref(target.type, target.id)})`;
  });
}

/** `text` in a code fence longer than any run of backticks inside it, so nothing in it ends the block. */
function fenced(language: string, text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map(([run]) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${text}\n${fence}`;
}

/**
 * The Markdown twin of an entry's page, for coding agents and other readers of plain text: a
 * level-1 title (`ADR 0005: …` for a numbered type), then its standing as a quote
 * ({@link entryStanding}), a short header of the fields that fit on a line (type, page address,
 * scalars and lists of words), the structured fields as a YAML-like JSON block, then the body
 * as written. Output: Markdown ending in a newline.
 */
export function entryMarkdown(entry: TwinEntry): string {
  const { type, id, data, body } = entry;
  const number = parseId(CONTENT_TYPES[type].convention, id)?.number;
  const title = titleOf(type, data);
  const heading = number === undefined ? title : `${twinTitle(type, id)}: ${title}`;
  const fields = Object.entries(data as Record<string, unknown>).filter(
    ([field]) => field !== 'title' && field !== '$schema',
  );
  const lines = fields.flatMap(([field, value]) => {
    const shown = headerValue(value);
    return shown === undefined ? [] : [`- ${field}: ${shown}`];
  });
  const structured = Object.fromEntries(
    fields.filter(
      ([, value]) =>
        headerValue(value) === undefined &&
        typeof value === 'object' &&
        !(Array.isArray(value) && value.length === 0),
    ),
  );
  const parts = [
    `# ${heading}`,
    ...entryStanding(entry).map((sentence) => `> ${sentence}`),
    [
      `- type: ${CONTENT_TYPES[type].label}`,
      `- id: ${id}`,
      `- page: ${hrefFor(type, id)}`,
      ...lines,
    ].join('\n'),
    ...(Object.keys(structured).length === 0
      ? []
      : [fenced('json', JSON.stringify(structured, null, 2))]),
    ...(body.trim() === '' ? [] : [twinLinks(body.trim(), entry.file)]),
  ];
  return `${parts.join('\n\n')}\n`;
}
