import { z } from 'zod';
import { IsoDateSchema, PersonIdSchema, TagSchema } from './fields.ts';

/**
 * Front matter of a handbook page (`content/handbook/**\/*.md` or `.mdx`): a playbook,
 * runbook or policy. The id is the path below `content/handbook/` without the extension.
 */
export const HandbookPageSchema = z.strictObject({
  title: z
    .string({ error: 'is required: the page title' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .meta({ description: 'The page title, shown as its heading and in navigation. Required.' }),
  description: z
    .string({ error: 'is required: one sentence on what the page is for' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .meta({
      description:
        'One sentence on what the page is for, for navigation and search results. Required.',
    }),
  owner: PersonIdSchema.meta({
    description: 'Person id from `content/team.yaml` who keeps the page true. Required.',
  }),
  'last-reviewed': IsoDateSchema.meta({
    description: 'When the owner last checked the page against reality, `YYYY-MM-DD`. Required.',
  }),
  order: z.int({ error: 'must be a whole number' }).optional().meta({
    description:
      'Position among its siblings in navigation, lowest first; pages without one follow, by title.',
  }),
  tags: z
    .array(TagSchema, { error: 'must be a list of kebab-case tags' })
    .default([])
    .meta({ description: 'Kebab-case tags for search and facets.' }),
});

/** A validated handbook page's front matter. */
export type HandbookPage = z.output<typeof HandbookPageSchema>;
