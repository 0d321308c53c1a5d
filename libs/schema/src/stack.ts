import { z } from 'zod';
import { addIssue } from './cross-field.ts';
import { AdrIdSchema, enumError, IsoDateSchema, listOf } from './fields.ts';
import { ID_PATTERNS } from './identity.ts';

/** Where a component sits in the architecture. */
export const STACK_LAYERS = ['backend', 'rendering', 'queue', 'data', 'observability'] as const;

/** How far a component's move to its target has gone. `undecided`: no target chosen yet. */
export const MIGRATION_STATUSES = [
  'staying',
  'undecided',
  'planned',
  'in-progress',
  'blocked',
  'done',
] as const;

/** One of {@link MIGRATION_STATUSES}. */
export type MigrationStatus = (typeof MIGRATION_STATUSES)[number];

/** One component of the architecture and where it is going. */
export const StackComponentSchema = z.strictObject({
  id: z
    .string({ error: 'is required: a kebab-case id such as rest-api' })
    .regex(new RegExp(`^${ID_PATTERNS.slug}$`), {
      error: 'must be a kebab-case id such as rest-api',
    })
    .meta({ description: 'Kebab-case id of the component, unique in the file.' }),
  name: z
    .string({ error: 'is required: the component as people call it' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .meta({ description: 'The component as people call it ("rest-db", "PostgreSQL").' }),
  layer: z
    .enum(STACK_LAYERS, enumError(STACK_LAYERS))
    .meta({ description: `${listOf(STACK_LAYERS)}.` }),
  group: z.string().trim().min(1).optional().meta({
    description: 'The group the migration map shows it in ("Microservices", "Chrome Farm").',
  }),
  hosting: z.string().trim().min(1).optional().meta({
    description: 'Where it runs today, as a source states it; absent when no source says.',
  }),
  target: z
    .string()
    .trim()
    .min(1)
    .optional()
    .meta({ description: 'Where it is going; absent when it stays or no target is chosen.' }),
  migration: z
    .enum(MIGRATION_STATUSES, enumError(MIGRATION_STATUSES))
    .meta({ description: `${listOf(MIGRATION_STATUSES)}.` }),
  note: z
    .string()
    .trim()
    .min(1)
    .optional()
    .meta({ description: 'One line of context from the source ("BullMQ spike").' }),
  adrs: z
    .array(AdrIdSchema, { error: 'must be a list of ADR ids' })
    .default([])
    .meta({ description: 'Ids of the ADRs that decided its placement.' }),
});

/**
 * The architecture and its migration map (`content/stack/<id>.json`): the co-pilot's
 * `tech_stack.json`, each component with its layer, hosting today, target, migration status and
 * the ADRs that decided it. Ids are unique within the file.
 */
export const TechStackSchema = z.strictObject({
  $schema: z.string().optional().meta({
    description:
      'The generated JSON Schema this file follows, for editors; ignored by the handbook.',
  }),
  source: z
    .string({ error: 'is required: where the map comes from' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .meta({ description: 'Where the map comes from. Required.' }),
  'as-of': IsoDateSchema.meta({
    description: 'The day the map describes, `YYYY-MM-DD`. Required.',
  }),
  // The uniqueness check sits on the list, not the file: Astro extends a data file's schema, which zod refuses for a refined object.
  components: z
    .array(StackComponentSchema, { error: 'must be a list of components' })
    .superRefine((components, context) => {
      const seen = new Set<string>();
      components.forEach((component, index) => {
        if (seen.has(component.id))
          addIssue(
            context,
            [index, 'id'],
            `repeats the component id "${component.id}": ids must be unique`,
          );
        seen.add(component.id);
      });
    })
    .meta({ description: 'The components, in the order the map shows them; ids unique.' }),
});

/** A validated tech stack file. */
export type TechStack = z.output<typeof TechStackSchema>;

/** One validated component. */
export type StackComponent = z.output<typeof StackComponentSchema>;
