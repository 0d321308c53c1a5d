import { z } from 'zod';

/** A key a static-site generator reads and the handbook ignores. */
const ignored = (generator: string) =>
  z
    .unknown()
    .optional()
    .meta({
      description: `Read by ${generator}, which MADR logs are often published with; the handbook ignores it.`,
    });

/**
 * Front matter keys of the site generators decision logs are published with, accepted on an ADR
 * and ignored, so that a MADR 4 record (whose template carries Just the Docs' `parent` and
 * `nav_order`) or a Docusaurus one (Backstage's `id`, `description`) lints as it is.
 */
export const SITE_GENERATOR_FIELDS = {
  parent: ignored('Just the Docs'),
  grand_parent: ignored('Just the Docs'),
  nav_order: ignored('Just the Docs'),
  nav_exclude: ignored('Just the Docs'),
  has_children: ignored('Just the Docs'),
  layout: ignored('Jekyll'),
  permalink: ignored('Jekyll'),
  id: ignored('Docusaurus'),
  slug: ignored('Docusaurus'),
  description: ignored('Docusaurus'),
  sidebar_position: ignored('Docusaurus'),
  sidebar_label: ignored('Docusaurus'),
};
