import { z } from 'zod';
import { AdrIdSchema, IsoDateSchema, PersonIdSchema, TagSchema } from './fields.ts';

/**
 * Front matter of a handbook page (`content/handbook/**\/*.md` or `.mdx`): a playbook,
 * runbook or policy. The id is the path below `content/handbook/` without the extension. A page
 * is adopted practice when `adopted-by` names the accepted ADR that adopted it; otherwise it is
 * proposed guidance, from the source `proposed-from` names.
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
  'adopted-by': AdrIdSchema.optional().meta({
    description:
      'The accepted ADR that made this page practice here (`0009-keep-engineering-knowledge-in-a-docs-as-code-handbook`). A page without it is guidance, not yet practice; lint fails when the ADR is not accepted.',
  }),
  'proposed-from': z
    .string({ error: 'must be text: where the guidance comes from' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .optional()
    .meta({
      description:
        'For guidance not yet adopted: where it comes from ("the CTO playbook", "proposed ADR 0019"). Shown with the page as proposed guidance.',
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
