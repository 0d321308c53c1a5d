import {
  CONTENT_TYPE_NAMES,
  CONTENT_TYPES,
  DEBT_IMPACTS,
  DEBT_PRIORITIES,
  DEBT_QUADRANTS,
  NOT_STATED_IN_RECORD,
  jsonSchemaOf,
  ROSTER_FILE,
  SEVERITIES,
  type ContentTypeName,
  type IdConvention,
  type Severity,
} from '@handbook/schema';
import { stringify } from 'yaml';

/** The content types `handbook new` writes: every registered type. */
export const NEW_TYPES: readonly ContentTypeName[] = CONTENT_TYPE_NAMES;

/** One of {@link NEW_TYPES}. */
export type NewType = ContentTypeName;

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

/** A new entry's id by its type's naming convention (see `ID_PATTERNS`): a number, today's date, the title's slug. */
function idFor(convention: IdConvention, { slug, today, nextNumber }: DraftInput): string {
  const ids: Record<IdConvention, string> = {
    numbered: `${String(nextNumber).padStart(4, '0')}-${slug}`,
    dated: `${today}-${slug}`,
    date: today,
    slug,
    path: slug,
  };
  return ids[convention];
}

/** A field's description up to its first full stop: what an author is told to fill in. */
function firstSentence(description: unknown): string {
  return typeof description === 'string' ? (description.split(/\.(?:\s|$)/)[0] ?? description) : '';
}

/**
 * The draft of a type without a template of its own, from the registry: its id by convention,
 * the title, and every other field its schema requires left empty, each listed to fill in with
 * its description. No value is guessed.
 */
function registryDraft(type: NewType, input: DraftInput): Draft {
  const schema = jsonSchemaOf(type) as {
    required?: string[];
    properties?: Record<string, { description?: unknown }>;
  };
  const toFill = (schema.required ?? []).filter((field) => field !== 'title');
  return {
    id: idFor(CONTENT_TYPES[type].convention, input),
    fields: {
      ...(schema.properties?.title === undefined ? {} : { title: input.title }),
      ...Object.fromEntries(toFill.map((field) => [field, null])),
    },
    toFill: toFill.map(
      (field) => `${field} (${firstSentence(schema.properties?.[field]?.description)})`,
    ),
    notes: [],
  };
}

/** The types whose drafts know more than their schema says: the next ADR number, now, the owner given. */
const DRAFTS: Partial<Record<NewType, (input: DraftInput) => Draft>> = {
  adr: (input) => {
    const { title, today, decisionMakers, supersedes } = input;
    return {
      id: idFor(CONTENT_TYPES.adr.convention, input),
      fields: {
        title,
        status: 'proposed',
        date: today,
        'decision-makers': [...decisionMakers],
        ...(supersedes === undefined ? {} : { supersedes: [supersedes] }),
      },
      toFill: decisionMakers.length === 0 ? [`decision-makers (${people})`] : [],
      notes: [],
    };
  },
  incident: (input) => {
    const { title, now, severity } = input;
    return {
      id: idFor(CONTENT_TYPES.incident.convention, input),
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
    };
  },
  debt: (input) => {
    const { title, today, owner } = input;
    return {
      id: idFor(CONTENT_TYPES.debt.convention, input),
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
        `quadrant (${oneOf(DEBT_QUADRANTS)}, or ${NOT_STATED_IN_RECORD} when no reason can be cited)`,
        'quadrant-reason (one line on why, citing the source; omit with an unknown quadrant)',
        `impact (${oneOf(DEBT_IMPACTS)}, or ${NOT_STATED_IN_RECORD})`,
        `priority (${oneOf(DEBT_PRIORITIES)}, or ${NOT_STATED_IN_RECORD})`,
      ],
      notes: [],
    };
  },
  page: (input) => {
    const { title, today, owner } = input;
    return {
      id: idFor(CONTENT_TYPES.page.convention, input),
      fields: { title, description: null, owner: owner ?? null, 'last-reviewed': today },
      toFill: [
        'description (one sentence on what the page is for)',
        ...(owner === undefined ? [`owner (${people})`] : []),
      ],
      notes: [],
    };
  },
};

/** The draft of a new entry of `type`: its own template, else the registry's; see {@link Draft}. */
export function draftFor(type: NewType, input: DraftInput): Draft {
  return DRAFTS[type]?.(input) ?? registryDraft(type, input);
}

/**
 * The text of a new file: for a Markdown type, YAML front matter (empty fields left blank for
 * the author), then a level-2 heading with a writing prompt for every body section the type
 * requires; for a data type, the fields as JSON (empty ones `null`).
 */
export function draftText(type: NewType, draft: Draft): string {
  if (CONTENT_TYPES[type].format === 'data') return `${JSON.stringify(draft.fields, null, 2)}\n`;
  const yaml = stringify(draft.fields, { lineWidth: 0, nullStr: '' }).replace(/: $/gm, ':');
  const { sections, label, extensions } = CONTENT_TYPES[type];
  // MDX has no HTML comments: its prompt is a comment expression, which publishes nothing either.
  const prompt = (what: string) =>
    extensions[0] === '.mdx'
      ? `{/* Write the ${what} here. */}`
      : `<!-- Write the ${what} here. -->`;
  const body =
    sections.length === 0
      ? `${prompt(label)}\n`
      : sections
          .map(({ heading }) => `## ${heading}\n\n${prompt(heading.toLowerCase())}\n`)
          .join('\n');
  return `---\n${yaml}---\n\n${body}`;
}
