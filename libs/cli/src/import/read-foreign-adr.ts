import { parseMarkdownFile } from '@handbook/content';
import { adrStatusForWord, isPartialSupersession, type AdrStatus } from '@handbook/schema';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parse } from 'yaml';
import { bodyWithoutTitle } from './body-without-title.ts';
import { readForeignDate } from './dates.ts';

/** Where in another team's record a value was found, as the import report and `imported` say it. */
type FoundIn =
  'front matter' | 'heading' | 'status section' | 'metadata line' | 'changelog' | 'file name';

/** An ADR as another team wrote it, read without judging it: what it says, and where it says it. */
export interface ForeignAdr {
  /** The decision's title, prefixes such as `ADR 111:` or `36.` removed; `undefined` when none is written. */
  title: { text: string; from: FoundIn } | undefined;
  /** The status as written (`✅ Accepted`, `Superseded by [12. X](0012-x.md)`) and ours for it. */
  status:
    { text: string; mapped: AdrStatus | undefined; partial: boolean; from: FoundIn } | undefined;
  /** The day the record was written, `YYYY-MM-DD`, with the form it was written in. */
  date: { date: string; form: string; from: FoundIn } | undefined;
  /** Deciders as written (names, handles, roles), in order. */
  deciders: string[];
  /** Kebab-case tags from the front matter, when it has a list of them. */
  tags: string[];
  /** Link targets and ADR numbers the status names (`Superseded by [x](0012-x.md)`, `ADR025`). */
  statusLinks: { urls: string[]; numbers: number[] };
  /** The Markdown after the front matter, the level-1 title heading removed. */
  body: string;
}

/** `key: value` lines, for front matter that is not valid YAML (Backstage's `title: ADR002: X`). */
function looseFrontMatter(source: string): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const line of source.split('\n')) {
    const match = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (match !== null)
      fields[(match[1] ?? '').toLowerCase()] = (match[2] ?? '').replace(/^(["'])(.*)\1$/, '$2');
  }
  return fields;
}

function frontMatterOf(source: string | undefined): Record<string, unknown> {
  if (source === undefined) return {};
  try {
    const data: unknown = parse(source);
    return typeof data === 'object' && data !== null && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : {};
  } catch {
    return looseFrontMatter(source);
  }
}

/** A front-matter value as text: strings as they are, dates (YAML timestamps) as `YYYY-MM-DD`. */
function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (value instanceof Date && !Number.isNaN(value.getTime()))
    return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return String(value);
  return undefined;
}

/**
 * The decision's name without the numbering other tools put in headings: `ADR 111: X`, `ADR-102:
 * X`, `ADR001: X`, `ADD037: X`, `Architecture Decision Record: X`, `36. X`, `n. X`, and `28 X`
 * when 28 is the record's own number. Output: the rest, or the title as it was when nothing else is left.
 */
export function stripTitleNumbering(title: string, number: number | undefined): string {
  const named =
    /^(?:architecture\s+decision\s+record|adr|add|ad|dr|rfc)\s*[-#]?\s*\d*\s*[:.\-–—]\s*(.+)$/i.exec(
      title,
    );
  const numbered = /^(\d+|n)(\s*[.:)\-–—]\s*|\s+)(.+)$/i.exec(title);
  const ownNumber =
    numbered !== null && (/[.:)\-–—]/.test(numbered[2] ?? '') || Number(numbered[1]) === number);
  const stripped = named?.[1] ?? (ownNumber ? numbered?.[3] : undefined) ?? title;
  return stripped.trim() === '' ? title : stripped.trim();
}

/** The plain text of a heading, emoji and punctuation around it removed, lower case. */
const headingName = (heading: Heading) =>
  toString(heading)
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');

/** A status or date line's text without Markdown emphasis, code marks and trailing colons. */
const plain = (line: string) =>
  line
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const STATUS_NAMES = new Set(['status', 'statut']);
const DECIDERS_LINE =
  /^\s*(?:[-*]\s*)?(?:\*\*)?(?:deciders|decision[- ]makers|décisionnaires)(?:\*\*)?\s*:\s*(.+)$/i;
const STATUS_LINE = /^\s*(?:[-*]\s*)?(?:\*\*)?(?:status|statut)(?:\*\*)?\s*:(?:\*\*)?\s*(.+)$/i;
const DATE_LINE = /^\s*(?:[-*]\s*)?(?:\*\*)?date\b(?:\*\*)?\s*:?\s*(.+)$/i;

/** The lines of a section: from the line after its heading to the line before the next heading of any level. */
function sectionLines(lines: readonly string[], tree: Root, heading: Heading): string[] {
  const start = heading.position?.end.line ?? 0;
  const next = tree.children.find(
    (node) => node.type === 'heading' && (node.position?.start.line ?? 0) > start,
  );
  return lines.slice(start, (next?.position?.start.line ?? lines.length + 1) - 1);
}

/** The first line of a section that says something: not blank, not a `>` guidance quote, not an HTML comment. */
function firstStatement(lines: readonly string[]): string | undefined {
  let inComment = false;
  for (const line of lines) {
    if (inComment || line.trim().startsWith('<!--')) {
      inComment = !line.includes('-->');
      continue;
    }
    if (line.trim() === '' || line.trim().startsWith('>')) continue;
    return line.trim();
  }
  return undefined;
}

function statusLinksOf(status: string): ForeignAdr['statusLinks'] {
  const urls = [...status.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1] ?? '');
  const withoutLinks = status.replace(/\[[^\]]*\]\([^)]*\)/g, '');
  const numbers = [...withoutLinks.matchAll(/\b(?:ADR|ADD|AD|DR)[-\s]?0*(\d+)\b/gi)].map((match) =>
    Number(match[1]),
  );
  return { urls, numbers };
}

/** Splits a deciders line into people: commas, semicolons, "and", "&". */
const people = (line: string) =>
  line
    .split(/\s*(?:,|;|&|\band\b|\bet\b)\s*/i)
    .map((name) => plain(name).replace(/^@/, ''))
    .filter((name) => name !== '' && !/^\{.*\}$/.test(name));

/**
 * Reads another team's ADR (adr-tools/Nygard, MADR 2-4, log4brains, Backstage and their
 * variants; see ../shared/corpus/README.md for the quirks this handles). Input: the file's text
 * and the number its file name gives (for stripping a `28 Title` heading). Output: what the
 * record states, each value with where it was found; nothing is guessed here. Never throws.
 */
export function readForeignAdr(source: string, number: number | undefined): ForeignAdr {
  const file = parseMarkdownFile(source.replace(/^\uFEFF/, ''));
  const front = frontMatterOf(file.frontmatter?.source);
  const lines = source.split('\n');
  const headings = file.tree.children.filter((node): node is Heading => node.type === 'heading');
  const h1 = headings.find((heading) => heading.depth === 1);
  const firstH2Line =
    headings.find((heading) => heading.depth >= 2)?.position?.start.line ?? lines.length + 1;
  const head = lines.slice(file.bodyLine - 1, firstH2Line - 1);

  const frontTitle = text(front.title);
  const headingTitle = h1 === undefined ? undefined : toString(h1).replace(/\s+/g, ' ').trim();
  const written = frontTitle ?? headingTitle;
  const title =
    written === undefined || written === ''
      ? undefined
      : {
          text: stripTitleNumbering(written, number),
          from: frontTitle === undefined ? ('heading' as const) : ('front matter' as const),
        };

  const statusSection = headings.find((heading) => STATUS_NAMES.has(headingName(heading)));
  const statusSectionText =
    statusSection === undefined
      ? undefined
      : firstStatement(sectionLines(lines, file.tree, statusSection));
  const statusLine = head
    .map((line) => STATUS_LINE.exec(line)?.[1])
    .find((found) => found !== undefined);
  const statusFound: [string | undefined, FoundIn][] = [
    [text(front.status), 'front matter'],
    [statusSectionText, 'status section'],
    [statusLine, 'metadata line'],
  ];
  const [statusText, statusFrom] = statusFound.find(([found]) => found !== undefined) ?? [
    undefined,
    'front matter',
  ];
  const status =
    statusText === undefined
      ? undefined
      : {
          text: plain(statusText),
          mapped: adrStatusForWord(statusText),
          partial: isPartialSupersession(statusText),
          from: statusFrom,
        };

  const date = dateOf(front, head, lines, file.tree, headings);
  const decidersWritten = front['decision-makers'] ?? front.deciders;
  const decidersLine = head
    .map((line) => DECIDERS_LINE.exec(line)?.[1])
    .find((found) => found !== undefined);
  const deciders = Array.isArray(decidersWritten)
    ? decidersWritten.flatMap((name) => people(String(name)))
    : people(text(decidersWritten) ?? decidersLine ?? '');
  const tags = Array.isArray(front.tags) ? front.tags.map((tag) => String(tag)) : [];

  const body = bodyWithoutTitle(lines, file.bodyLine, h1);
  return {
    title,
    status,
    date,
    deciders,
    tags,
    statusLinks: statusLinksOf(statusText ?? ''),
    body,
  };
}

/**
 * The record's date: front matter `date`, else a `Date:` line before the first section (adr-tools,
 * log4brains bullets, MoJ's `Date 09/04/2018`), else the earliest dated bullet of a `Changelog`
 * section (CometBFT, whose changelogs are newest-first or unordered). Template placeholders such
 * as `YYYY-MM-DD` are not dates.
 */
function dateOf(
  front: Record<string, unknown>,
  head: readonly string[],
  lines: readonly string[],
  tree: Root,
  headings: readonly Heading[],
): ForeignAdr['date'] {
  const fromFront = readForeignDate(text(front.date) ?? '');
  if (fromFront !== undefined) return { ...fromFront, from: 'front matter' };
  for (const line of head) {
    const written = DATE_LINE.exec(line)?.[1];
    const found = written === undefined ? undefined : readForeignDate(written);
    if (found !== undefined) return { ...found, from: 'metadata line' };
  }
  const changelog = headings.find((heading) => headingName(heading) === 'changelog');
  if (changelog === undefined) return undefined;
  const dates = sectionLines(lines, tree, changelog).flatMap((line) => {
    const found = /^\s*[-*]/.test(line) ? readForeignDate(line) : undefined;
    return found === undefined ? [] : [found];
  });
  const earliest = dates.sort((a, b) => a.date.localeCompare(b.date))[0];
  return earliest === undefined ? undefined : { ...earliest, from: 'changelog' };
}
