import { z } from 'zod';
import { IsoDateSchema, PersonIdSchema, TagSchema } from './fields.ts';

/**
 * Front matter of a handbook page (`content/handbook/**\/*.md` or `.mdx`): a playbook,
 * runbook or policy. The id is the path below `content/handbook/` without the extension.
 */
export const HandbookPageSchema = z.strictObject({
  /** The page title, shown as its heading and in navigation. Required. */
  title: z.string({ error: 'is required: the page title' }).trim().min(1, { error: 'must not be empty' }),
  /** One sentence on what the page is for, for navigation and search results. Required. */
  description: z.string({ error: 'is required: one sentence on what the page is for' }).trim().min(1, { error: 'must not be empty' }),
  /** Person id from `content/team.yaml` who keeps the page true. Required. */
  owner: PersonIdSchema,
  /** When the owner last checked the page against reality, `YYYY-MM-DD`. Required. */
  'last-reviewed': IsoDateSchema,
  /** Position among its siblings in navigation, lowest first; pages without one follow, by title. */
  order: z.int({ error: 'must be a whole number' }).optional(),
  /** Kebab-case tags for search and facets. */
  tags: z.array(TagSchema, { error: 'must be a list of kebab-case tags' }).default([]),
});

/** A validated handbook page's front matter. */
export type HandbookPage = z.output<typeof HandbookPageSchema>;
