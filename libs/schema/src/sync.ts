import { z } from 'zod';
import { PersonIdSchema, TagSchema } from './fields.ts';

/**
 * Front matter of an engineering sync note (`content/syncs/YYYY-MM-DD-kebab-title.md`, dated by
 * its file name). The co-pilot closes every sync with four sections, which the body must have:
 * Situation Read, Top Technical Priority, Trade-off Acknowledgment, Next Moves.
 */
export const SyncSchema = z.strictObject({
  title: z
    .string({ error: 'is required: what the sync was, in a few words' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .meta({ description: 'What the sync was ("Málaga leadership offsite"). Required.' }),
  participants: z
    .array(PersonIdSchema, { error: 'must be a list of person ids from content/team.yaml' })
    .min(1, { error: 'must name at least one person id from content/team.yaml' })
    .meta({ description: 'Person ids of who took part. At least one.' }),
  tags: z
    .array(TagSchema, { error: 'must be a list of kebab-case tags' })
    .default([])
    .meta({ description: 'Kebab-case tags for search and facets.' }),
});

/** A validated sync note's front matter. */
export type Sync = z.output<typeof SyncSchema>;
