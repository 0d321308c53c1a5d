import { MIGRATION_STATUSES, type MigrationStatus, type StackComponent } from '../stack.ts';

/** The migration map in numbers: components, how many at each migration status, and how many have an ADR. */
export interface StackSummary {
  components: number;
  byMigration: Record<MigrationStatus, number>;
  /** Components whose placement no ADR records yet. */
  withoutAdr: number;
}

/** Counts of a tech stack's components by migration status (every status present) and without an ADR. */
export function stackSummary(components: readonly StackComponent[]): StackSummary {
  const byMigration = Object.fromEntries(
    MIGRATION_STATUSES.map((status) => [
      status,
      components.filter((component) => component.migration === status).length,
    ]),
  ) as Record<MigrationStatus, number>;
  return {
    components: components.length,
    byMigration,
    withoutAdr: components.filter((component) => component.adrs.length === 0).length,
  };
}
