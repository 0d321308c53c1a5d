import {
  CONTENT_TYPES,
  DEBT_IMPACTS,
  DEBT_PRIORITIES,
  DEBT_QUADRANTS,
  ROSTER_FILE,
  SEVERITIES,
  type ContentTypeName,
  type Severity,
} from '@handbook/schema';
import { stringify } from 'yaml';

/** The content types `handbook new` writes (scorecards are data exported from tools, not written by hand). */
export const NEW_TYPES = [
  'adr',
  'incident',
  'debt',
  'page',
] as const satisfies readonly ContentTypeName[];

/** One of {@link NEW_TYPES}. */
export type NewType = (typeof NEW_TYPES)[number];

/** What the author said on the command line, beyond the type and title. */
export interface DraftInput {
  title: string;
  slug: string;
  /** Today, `YYYY-MM-DD`. */
  today: string;
  /** Now, ISO 8601 with offset. */
  now: string;
  /** The next free ADR number. */
  nextNumber: number;
  decisionMakers: readonly string[];
  severity: Severity | undefined;
  owner: string | undefined;
  /** The id of the ADR the new one supersedes. */
  supersedes: string | undefined;
}

/** A new entry before it is written: its id, front matter fields, and what the author must still fill in. */
export interface Draft {
  id: string;
  /** Front matter in order; `null` for a field the author must fill in. */
  fields: Record<string, unknown>;
  /** The fields left empty, each with what it takes. */
  toFill: string[];
  /** Anything else the author should check. */
  notes: string[];
}

const people = `person ids from ${ROSTER_FILE}`;
const oneOf = (values: readonly string[]) => `one of ${values.join(', ')}`;

/** Builds each type's draft; a new type added to {@link NEW_TYPES} fails typecheck here until it has one. */
const DRAFTS: Record<NewType, (input: DraftInput) => Draft> = {
  adr: ({ title, slug, today, nextNumber, decisionMakers, supersedes }) => ({
    id: `${String(nextNumber).padStart(4, '0')}-${slug}`,
    fields: {
      title,
      status: 'proposed',
      date: today,
      'decision-makers': [...decisionMakers],
      ...(supersedes === undefined ? {} : { supersedes: [supersedes] }),
    },
    toFill: decisionMakers.length === 0 ? [`decision-makers (${people})`] : [],
    notes: [],
  }),
  incident: ({ title, slug, today, now, severity }) => ({
    id: `${today}-${slug}`,
    fields: {
      title,
      severity: severity ?? null,
      status: 'investigating',
      started: now,
      detected: now,
    },
    toFill: severity === undefined ? [`severity (${oneOf(SEVERITIES)})`] : [],
    notes: [
      'started and detected are set to now: correct them to when the impact began and when it was noticed.',
    ],
  }),
  debt: ({ title, slug, today, owner }) => ({
    id: slug,
    fields: {
      title,
      quadrant: null,
      'quadrant-reason': null,
      impact: null,
      priority: null,
      ...(owner === undefined ? {} : { owner }),
      created: today,
    },
    toFill: [
      `quadrant (${oneOf(DEBT_QUADRANTS)})`,
      'quadrant-reason (one line on why)',
      `impact (${oneOf(DEBT_IMPACTS)})`,
      `priority (${oneOf(DEBT_PRIORITIES)})`,
    ],
    notes: [],
  }),
  page: ({ title, slug, today, owner }) => ({
    id: slug,
    fields: { title, description: null, owner: owner ?? null, 'last-reviewed': today },
    toFill: [
      'description (one sentence on what the page is for)',
      ...(owner === undefined ? [`owner (${people})`] : []),
    ],
    notes: [],
  }),
};

/** The draft of a new entry of `type`; see {@link Draft}. */
export function draftFor(type: NewType, input: DraftInput): Draft {
  return DRAFTS[type](input);
}

/**
 * The text of a new file: YAML front matter (empty fields left blank for the author), then a
 * level-2 heading with a writing prompt for every body section the type requires.
 */
export function draftText(type: NewType, draft: Draft): string {
  const yaml = stringify(draft.fields, { lineWidth: 0, nullStr: '' }).replace(/: $/gm, ':');
  const { sections, label } = CONTENT_TYPES[type];
  const body =
    sections.length === 0
      ? `<!-- Write the ${label} here. -->\n`
      : sections
          .map(
            ({ heading }) => `## ${heading}\n\n<!-- Write the ${heading.toLowerCase()} here. -->\n`,
          )
          .join('\n');
  return `---\n${yaml}---\n\n${body}`;
}
