import {
  NOT_STATED_IN_RECORD,
  STATUS_NOT_STATED,
  type ActionItemStatus,
  type AdrStatusShown,
  type DebtPriorityShown,
  type DoraBand,
  type IncidentStatus,
  type MigrationStatus,
  type QuestionStatus,
  type SeverityShown,
  type TargetStanding,
} from '@handbook/schema';

/**
 * The colour a status is shown in, by meaning rather than by hue, so that every badge of the
 * site draws from one palette (`--tone-*` in the site's CSS) and keeps its contrast in both themes.
 */
export type Tone = 'good' | 'warning' | 'bad' | 'info' | 'neutral' | 'past';

/**
 * One tone for every value of every status-like list. Each record is typed by its list, so a new
 * status fails typecheck here until it is given a tone, rather than showing without colour.
 */
export const TONES = {
  adrStatus: {
    proposed: 'warning',
    accepted: 'good',
    rejected: 'bad',
    deprecated: 'neutral',
    superseded: 'past',
    [STATUS_NOT_STATED]: 'neutral',
  } satisfies Record<AdrStatusShown, Tone>,
  severity: {
    SEV0: 'bad',
    SEV1: 'bad',
    SEV2: 'warning',
    SEV3: 'info',
    [NOT_STATED_IN_RECORD]: 'neutral',
  } satisfies Record<SeverityShown, Tone>,
  incidentStatus: {
    investigating: 'bad',
    identified: 'warning',
    monitoring: 'info',
    resolved: 'good',
  } satisfies Record<IncidentStatus, Tone>,
  actionItemStatus: {
    open: 'warning',
    'in-progress': 'info',
    done: 'good',
    'wont-do': 'neutral',
  } satisfies Record<ActionItemStatus, Tone>,
  /** Whether an open action item is past its due date. */
  deadline: { overdue: 'bad' } satisfies Record<'overdue', Tone>,
  debtPriority: {
    critical: 'bad',
    high: 'warning',
    medium: 'info',
    low: 'neutral',
    [NOT_STATED_IN_RECORD]: 'neutral',
  } satisfies Record<DebtPriorityShown, Tone>,
  /** How a figure stands against its target: the scorecard's, the dashboard's and the decks' one vocabulary. */
  standing: { met: 'good', missed: 'bad', 'not-measured': 'neutral' } satisfies Record<
    TargetStanding,
    Tone
  >,
  doraBand: { elite: 'good', high: 'good', medium: 'warning', low: 'bad' } satisfies Record<
    DoraBand,
    Tone
  >,
  questionStatus: { open: 'warning', answered: 'good' } satisfies Record<QuestionStatus, Tone>,
  migration: {
    staying: 'neutral',
    undecided: 'warning',
    planned: 'info',
    'in-progress': 'info',
    blocked: 'bad',
    done: 'good',
  } satisfies Record<MigrationStatus, Tone>,
} as const;

/** The name of a status list in {@link TONES}. */
export type ToneScale = keyof typeof TONES;
