export {
  ADR_STATUSES,
  AdrSchema,
  AdrStatusSchema,
  DECIDED_BEFORE_RECORD,
  DECIDERS_NOT_RECORDED,
  namedDecisionMakers,
  adrStatusShown,
  newestAdrFirst,
  STATUS_NOT_STATED,
  type AdrStatusShown,
  type Adr,
  type AdrInput,
  type AdrStatus,
} from './adr.ts';
export { ADR_STATUS_PHRASES, adrStatusForWord, isPartialSupersession } from './status-words.ts';
export {
  appliesTo,
  CONTENT_PATHS,
  CONTENT_TYPE_NAMES,
  CONTENT_TYPES,
  hrefFor,
  identifyFile,
  ROSTER_FILE,
  ROSTER_REFERENCES,
  titleOf,
  type AppliesTo,
  type ContentData,
  type ContentExtension,
  type ContentFormat,
  type ContentType,
  type ContentTypeName,
  type ReferenceTarget,
} from './content-types.ts';
export {
  DEBT_IMPACTS,
  DEBT_PRIORITIES,
  DEBT_QUADRANTS,
  DebtItemSchema,
  type DebtImpact,
  type DebtItem,
  DEBT_PRIORITIES_SHOWN,
  type DebtPriority,
  type DebtPriorityShown,
  type DebtQuadrant,
  type DebtQuadrantShown,
} from './debt.ts';
export {
  AdrIdSchema,
  ContentIdSchema,
  DebtIdSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  NOT_STATED_IN_RECORD,
  PersonIdSchema,
  TagSchema,
  TeamIdSchema,
} from './fields.ts';
export { formatFieldPath } from './field-path.ts';
export {
  dateOfId,
  ID_CONVENTION_TEMPLATES,
  ID_PATTERNS,
  isId,
  parseId,
  type FileIdentity,
  type IdConvention,
} from './identity.ts';
export {
  ACTION_ITEM_STATUSES,
  CLOSED_ACTION_ITEM_STATUSES,
  ActionItemSchema,
  INCIDENT_STATUSES,
  IncidentSchema,
  SEVERITIES,
  SEVERITIES_SHOWN,
  SEVERITY_DEFINITIONS,
  type ActionItem,
  type ActionItemStatus,
  type Incident,
  type IncidentStatus,
  type Severity,
  type SeverityShown,
} from './incident.ts';
export {
  QUESTION_STATUSES,
  QuestionSchema,
  type Question,
  type QuestionStatus,
} from './question.ts';
export {
  dashboard,
  type Dashboard,
  type DashboardInput,
  type DashboardSummary,
  type DoraKeyFigure,
} from './metrics/dashboard.ts';
export {
  debtRegisterSummary,
  openDebtByPriority,
  type DebtRegisterSummary,
} from './metrics/debt.ts';
export {
  DORA_BANDS,
  DORA_REPORT,
  DORA_THRESHOLDS,
  doraBand,
  type DoraBand,
} from './metrics/dora.ts';
export { countable, type EntryOf, type ExampleOption } from './metrics/entries.ts';
export {
  incidentDay,
  incidentSummary,
  isOverdue,
  openActionItems,
  type IncidentSummary,
  type TrackedActionItem,
} from './metrics/incidents.ts';
export { median } from './metrics/median.ts';
export { reviewsDue, type ReviewDue } from './metrics/reviews.ts';
export {
  meetsTarget,
  STANDING_WORDS,
  TARGET_STANDINGS,
  targetStanding,
  type TargetStanding,
} from './metrics/targets.ts';
export {
  DORA_KEYS,
  killSwitchStanding,
  metricOf,
  OTHER_KEYS,
  SCORECARD_KEYS,
  scorecardStandings,
} from './metrics/scorecard-metrics.ts';
export {
  addDays,
  daysBetween,
  incidentDurations,
  minutesBetween,
  type IncidentDurations,
} from './metrics/time.ts';
export { HandbookPageSchema, type HandbookPage } from './page.ts';
export {
  isMdxComponent,
  MDX_COMPONENTS,
  MDX_TYPES,
  mdxComponentOfModule,
  type MdxComponentName,
  type MdxComponentsOf,
  type MdxTypeName,
} from './mdx-components.ts';
export {
  BacklinkSchema,
  BacklinksSchema,
  BODY_LINK,
  collectReferences,
  type Backlink,
  type Reference,
  type ReferenceField,
} from './relations.ts';
export {
  MATURITY_STAGES,
  METRIC_STATUSES,
  ScorecardSchema,
  type DoraKey,
  type Figure,
  type MaturityStage,
  type Metric,
  type MetricStatus,
  type Scorecard,
  type ScorecardMetricKey,
  type Target,
} from './scorecard.ts';
export {
  PersonSchema,
  RosterSchema,
  TeamSchema,
  TenureSchema,
  type Person,
  type Roster,
  type Team,
} from './team.ts';
export type { CrossFieldKind } from './cross-field.ts';
export { entryLinkTarget, type EntryLink } from './entry-links.ts';
export {
  jsonSchemaOf,
  SCHEMA_DOCUMENTS,
  type JsonSchemaOptions,
  type SchemaDocument,
  type SchemaPerson,
} from './json-schema.ts';
export {
  AGENDA_KINDS,
  AgendaItemSchema,
  DeckSchema,
  type AgendaItem,
  type AgendaKind,
  type Deck,
} from './deck.ts';
export {
  MIGRATION_STATUSES,
  STACK_LAYERS,
  StackComponentSchema,
  TechStackSchema,
  type MigrationStatus,
  type StackComponent,
  type TechStack,
} from './stack.ts';
export { stackSummary, type StackSummary } from './metrics/stack.ts';
export { SyncSchema, type Sync } from './sync.ts';
export { InterviewSchema, IntervieweeSchema, type Interview } from './interview.ts';
