import type { z } from 'zod';
import { AdrSchema } from './adr.ts';
import { DebtItemSchema } from './debt.ts';
import { DeckSchema } from './deck.ts';
import { parseId, type FileIdentity, type IdConvention } from './identity.ts';
import { IncidentSchema } from './incident.ts';
import { InterviewSchema } from './interview.ts';
import { HandbookPageSchema } from './page.ts';
import { QuestionSchema } from './question.ts';
import { RunbookSchema } from './runbook.ts';
import type { ReferenceField } from './relations.ts';
import { ScorecardSchema } from './scorecard.ts';
import { TechStackSchema } from './stack.ts';
import { SyncSchema } from './sync.ts';

/** The registered content types, in the order the site's navigation lists them. */
export const CONTENT_TYPE_NAMES = [
  'adr',
  'incident',
  'debt',
  'scorecard',
  'page',
  'deck',
  'stack',
  'sync',
  'interview',
  'runbook',
  'question',
] as const;

/** The name of a registered content type (`adr`, `incident`…): also its Astro collection name. */
export type ContentTypeName = (typeof CONTENT_TYPE_NAMES)[number];

/** What a reference can point at: an entry of a given type, a person of the roster, or any entry. */
export type ReferenceTarget = ContentTypeName | 'person' | 'any';

/** How a file of a type is written: Markdown with YAML front matter, or a whole YAML/JSON file. */
export type ContentFormat = 'markdown' | 'data';

/** A file extension a content type accepts. */
export type ContentExtension = '.md' | '.mdx' | '.json';

/**
 * A body section of a content type: the level-2 heading `handbook new` writes, the names the
 * standards other teams write give the same section (matched at level 2 or 3, case ignored), and
 * whether every entry needs it.
 */
export interface BodySection {
  /** The heading our templates write (`Options Considered`). */
  heading: string;
  /** The same section under other standards' names (MADR 4: `Considered Options`). */
  alsoCalled: readonly string[];
  /** Whether an entry without it is an error: false where a standard leaves it out (Nygard has no options). */
  required: boolean;
}

/** A section every entry needs, known by `alsoCalled` too. */
const required = (heading: string, ...alsoCalled: string[]): BodySection => ({
  heading,
  alsoCalled,
  required: true,
});

/** A section `handbook new` writes that a standard leaves out. */
const optional = (heading: string, ...alsoCalled: string[]): BodySection => ({
  heading,
  alsoCalled,
  required: false,
});

/**
 * A relation by value, declared by the type that applies: its entries apply to the entries of
 * `type` whose field `field` holds one of the values of their own list field `among` (a runbook
 * applies to the postmortems whose `severity` is among its `severities`). The site links each
 * entry to what applies to it; the values are checked by both types' schemas.
 */
export interface AppliesTo {
  type: ContentTypeName;
  field: string;
  among: string;
}

/**
 * Everything the handbook knows about one content type. Adding a type is a schema file, one
 * descriptor in {@link CONTENT_TYPES} and its pages: the reader, the reference checks, the site's
 * loaders and the lint all work from here.
 */
export interface ContentType<Schema extends z.ZodType = z.ZodType> {
  /** Singular name for people ("ADR", "postmortem"). */
  label: string;
  /** Plural name for people ("ADRs", "postmortems"). */
  plural: string;
  /** Folder relative to the repository root, `/`-separated (`adr`, `content/debt`). */
  folder: string;
  /** Whether entries may sit in subfolders (their id then holds the path). */
  recursive: boolean;
  /** How files are written. */
  format: ContentFormat;
  /** Extensions accepted, the first one preferred for new files. */
  extensions: readonly ContentExtension[];
  /** The id's naming convention (the file name without extension). */
  convention: IdConvention;
  /** The zod schema of the front matter (Markdown) or of the whole file (data). */
  schema: Schema;
  /** The fields that hold ids of other content. */
  references: readonly ReferenceField<ReferenceTarget>[];
  /** Body sections, in the order `handbook new` writes them. */
  sections: readonly BodySection[];
  /** Where the site publishes the type: the section's URL, entries below it (`/adr/`). */
  route: string;
  /** The name of the type's section in the site's header and breadcrumbs (`Decisions`). */
  section: string;
  /** One sentence on what the section holds, for its list page and link previews. */
  summary: string;
  /** The title of an entry, for lists and links. */
  title: (data: z.output<Schema>) => string;
  /** The entries of another type this type's entries apply to, if any. */
  appliesTo?: AppliesTo;
}

function defineContentType<Schema extends z.ZodType>(
  type: ContentType<Schema>,
): ContentType<Schema> {
  return type;
}

/**
 * The reference of a handbook page's or runbook's `adopted-by`: an ADR that must be accepted, so
 * that a proposal is never presented as practice (rule `reference/not-adopted`).
 */
const ADOPTED_BY: ReferenceField<ReferenceTarget> = {
  path: ['adopted-by'],
  target: 'adr',
  requiresStatus: 'accepted',
  label: 'Adopted by',
};

/** The content-type registry: one descriptor per type, keyed by {@link ContentTypeName}. */
export const CONTENT_TYPES = {
  adr: defineContentType({
    label: 'ADR',
    plural: 'ADRs',
    folder: 'adr',
    // A folder below adr/ is a decision log of its own (a team's or a package's, as log4brains
    // aggregates them): adr/handbook/0010-x.md, numbered apart from adr/0010-y.md.
    recursive: true,
    format: 'markdown',
    extensions: ['.md'],
    convention: 'numbered',
    schema: AdrSchema,
    references: [
      { path: ['decision-makers', '*'], target: 'person', label: 'Decision-makers' },
      { path: ['consulted', '*'], target: 'person', label: 'Consulted' },
      { path: ['informed', '*'], target: 'person', label: 'Informed' },
      { path: ['supersedes', '*'], target: 'adr', inverse: 'superseded-by', label: 'Supersedes' },
      { path: ['superseded-by'], target: 'adr', inverse: 'supersedes', label: 'Superseded by' },
      { path: ['related', '*'], target: 'any', label: 'Related' },
    ],
    // MADR 2-4 name three of them differently and keep Consequences optional, at level 3 under
    // Decision Outcome; Nygard's records have Context, Decision and Consequences, no options.
    sections: [
      required('Context', 'Context and Problem Statement'),
      optional('Options Considered', 'Considered Options'),
      required('Decision', 'Decision Outcome'),
      optional('Consequences'),
    ],
    route: '/adr/',
    section: 'Decisions',
    summary: 'Every Architecture Decision Record, newest first.',
    title: (adr) => adr.title,
  }),
  incident: defineContentType({
    label: 'postmortem',
    plural: 'postmortems',
    folder: 'incidents',
    recursive: false,
    format: 'markdown',
    extensions: ['.md'],
    convention: 'dated',
    schema: IncidentSchema,
    references: [
      { path: ['action-items', '*', 'owner'], target: 'person' },
      { path: ['action-items', '*', 'debt'], target: 'debt' },
      { path: ['related', '*'], target: 'any' },
    ],
    // The Google SRE workbook's template writes Root Causes; other teams Root Cause Analysis.
    sections: [
      required('Timeline'),
      required('Root Cause', 'Root Causes', 'Root Cause Analysis'),
      required('Impact'),
      required('Lessons Learned', 'Lessons Learnt'),
    ],
    route: '/incidents/',
    section: 'Incidents',
    summary: 'Every postmortem, newest first, with severity and time to restore.',
    title: (incident) => incident.title,
  }),
  debt: defineContentType({
    label: 'debt item',
    plural: 'debt items',
    folder: 'content/debt',
    recursive: false,
    format: 'markdown',
    extensions: ['.md'],
    convention: 'slug',
    schema: DebtItemSchema,
    references: [
      { path: ['owner'], target: 'person' },
      { path: ['related', '*'], target: 'any' },
    ],
    sections: [],
    route: '/debt/',
    section: 'Debt',
    summary: 'Open technical debt, most urgent first, placed in the tech-debt quadrant.',
    title: (item) => item.title,
  }),
  scorecard: defineContentType({
    label: 'scorecard',
    plural: 'scorecards',
    folder: 'scorecards',
    recursive: false,
    format: 'data',
    extensions: ['.json'],
    convention: 'date',
    schema: ScorecardSchema,
    references: [],
    sections: [],
    route: '/scorecards/',
    section: 'Scorecards',
    summary:
      "Engineering scorecard snapshots: the DORA four keys and the organisation's health metrics, charted against their targets.",
    title: () => 'Engineering scorecard',
  }),
  page: defineContentType({
    label: 'handbook page',
    plural: 'handbook pages',
    folder: 'content/handbook',
    recursive: true,
    format: 'markdown',
    extensions: ['.md', '.mdx'],
    convention: 'path',
    schema: HandbookPageSchema,
    references: [{ path: ['owner'], target: 'person' }, ADOPTED_BY],
    sections: [],
    route: '/handbook/',
    section: 'Handbook',
    summary:
      'Playbooks and policies: how engineering works here, each page with an owner who keeps it true.',
    title: (page) => page.title,
  }),
  deck: defineContentType({
    label: 'deck',
    plural: 'decks',
    folder: 'content/decks',
    recursive: false,
    format: 'markdown',
    extensions: ['.mdx'],
    convention: 'slug',
    schema: DeckSchema,
    references: [{ path: ['presenter'], target: 'person' }],
    sections: [],
    route: '/decks/',
    section: 'Decks',
    summary:
      'Talks presented from the handbook, with their slides, speaker notes and live figures.',
    title: (deck) => deck.title,
  }),
  stack: defineContentType({
    label: 'tech stack',
    plural: 'tech stacks',
    folder: 'content/stack',
    recursive: false,
    format: 'data',
    extensions: ['.json'],
    convention: 'slug',
    schema: TechStackSchema,
    references: [{ path: ['components', '*', 'adrs', '*'], target: 'adr' }],
    sections: [],
    route: '/stack/',
    section: 'Stack',
    summary:
      "The architecture's components, where each runs, where it is going, and the ADRs that decided it.",
    title: () => 'Tech stack',
  }),
  sync: defineContentType({
    label: 'sync note',
    plural: 'sync notes',
    folder: 'content/syncs',
    recursive: false,
    format: 'markdown',
    extensions: ['.md'],
    convention: 'dated',
    schema: SyncSchema,
    references: [{ path: ['participants', '*'], target: 'person' }],
    sections: [
      required('Situation Read'),
      required('Top Technical Priority'),
      required('Trade-off Acknowledgment'),
      required('Next Moves'),
    ],
    route: '/syncs/',
    section: 'Syncs',
    summary:
      'Dated notes of engineering syncs: the situation, the top priority, the trade-offs accepted and the next moves.',
    title: (sync) => sync.title,
  }),
  interview: defineContentType({
    label: 'discovery interview',
    plural: 'discovery interviews',
    folder: 'content/interviews',
    recursive: false,
    format: 'markdown',
    extensions: ['.md'],
    convention: 'dated',
    schema: InterviewSchema,
    references: [],
    sections: [
      required('Questions and Responses'),
      required('Findings'),
      required('Requirements'),
      required('Risks'),
      required('Quotes'),
    ],
    route: '/interviews/',
    section: 'Interviews',
    summary:
      'Discovery interviews: who was asked what, and the findings, requirements and risks that came out.',
    title: (interview) => interview.title,
  }),
  runbook: defineContentType({
    label: 'runbook',
    plural: 'runbooks',
    folder: 'content/runbooks',
    recursive: false,
    format: 'markdown',
    extensions: ['.md'],
    convention: 'slug',
    schema: RunbookSchema,
    references: [{ path: ['owner'], target: 'person' }, ADOPTED_BY],
    sections: [],
    route: '/runbooks/',
    section: 'Runbooks',
    summary:
      'What to do when an incident happens, step by step, and who is paged at each severity.',
    title: (runbook) => runbook.title,
    appliesTo: { type: 'incident', field: 'severity', among: 'severities' },
  }),
  question: defineContentType({
    label: 'open question',
    plural: 'open questions',
    folder: 'content/questions',
    recursive: false,
    format: 'markdown',
    extensions: ['.md'],
    convention: 'slug',
    schema: QuestionSchema,
    references: [{ path: ['asked-in'], target: 'any', label: 'Asked in' }],
    sections: [],
    route: '/questions/',
    section: 'Questions',
    summary:
      'What the sources leave open, recorded as open: the discussion questions and asks no record answers yet.',
    title: (question) => question.title,
  }),
} satisfies { [Name in ContentTypeName]: ContentType };

/** The validated data of an entry of type `Name`. */
export type ContentData<Name extends ContentTypeName> = z.output<
  (typeof CONTENT_TYPES)[Name]['schema']
>;

/**
 * The identity of a file of type `name` from its path below the type's folder (`/`-separated),
 * before anything is read. Output: id and number, or `undefined` when the extension is not
 * one the type accepts or the name does not follow the convention.
 */
export function identifyFile(
  name: ContentTypeName,
  relativePath: string,
): FileIdentity | undefined {
  const type: ContentType = CONTENT_TYPES[name];
  const extension = type.extensions.find((candidate) => relativePath.endsWith(candidate));
  if (extension === undefined) return undefined;
  if (!type.recursive && relativePath.includes('/')) return undefined;
  return parseId(type.convention, relativePath.slice(0, -extension.length));
}

/**
 * The title of an entry of type `name` for lists and links, from its validated data (the
 * registry's `title`). Input: data as the type's schema outputs it.
 */
export function titleOf(name: ContentTypeName, data: unknown): string {
  return (CONTENT_TYPES[name].title as (data: unknown) => string)(data);
}

/**
 * Whether an entry of type `source` applies to an entry of type `target` by the source type's
 * {@link AppliesTo}. Input: both entries' validated data. False when the source type declares
 * no relation to `target`.
 */
export function appliesTo(
  source: ContentTypeName,
  sourceData: unknown,
  target: ContentTypeName,
  targetData: unknown,
): boolean {
  const relation = (CONTENT_TYPES[source] as ContentType).appliesTo;
  if (relation?.type !== target) return false;
  const among = (sourceData as Record<string, unknown>)[relation.among];
  const value = (targetData as Record<string, unknown>)[relation.field];
  return Array.isArray(among) && among.includes(value);
}

/** The URL of an entry's page: the type's route, then the id (`/adr/0004-move-redis-queues-to-bullmq/`). */
export function hrefFor(name: ContentTypeName, id: string): string {
  return `${CONTENT_TYPES[name].route}${id}/`;
}

/** Roster file: people and teams, the targets of every `person` reference. */
export const ROSTER_FILE = 'content/team.yaml';

/** The person references a roster holds (a team's manager), checked like any owner. */
export const ROSTER_REFERENCES: readonly ReferenceField<'person'>[] = [
  { path: ['teams', '*', 'manager'], target: 'person' },
];

/**
 * Every path the handbook reads content from, relative to the repository root: the type
 * folders and the roster. Feeds the site's loaders and dev-server watch list; `nx.json`'s
 * `content` input is checked against it by a test.
 */
export const CONTENT_PATHS: readonly string[] = [
  ...CONTENT_TYPE_NAMES.map((name) => CONTENT_TYPES[name].folder),
  ROSTER_FILE,
];
