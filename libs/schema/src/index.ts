export { ADR_STATUSES, AdrSchema, AdrStatusSchema, type Adr, type AdrInput, type AdrStatus } from './adr.ts';
export { parseAdrFileName, type AdrFileName } from './adr-file-name.ts';
export { AdrIdSchema, IsoDateSchema, IsoMonthSchema, PersonIdSchema, TagSchema, TeamIdSchema } from './fields.ts';
export { formatFieldPath } from './field-path.ts';
export { adrReferences, type Reference, type ReferenceTarget } from './relations.ts';
export { PersonSchema, RosterSchema, TeamSchema, type Person, type Roster, type Team } from './team.ts';
