import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

/** The generated repository the bench builds, the same files the handbook builds. */
const content = process.env.BASELINE_CONTENT;
if (content === undefined) throw new Error('BASELINE_CONTENT must name the generated repository (npm run bench sets it).');

export const collections = {
  adr: defineCollection({ loader: glob({ pattern: '*.md', base: `${content}/adr` }) }),
  incidents: defineCollection({ loader: glob({ pattern: '*.md', base: `${content}/incidents` }) }),
  debt: defineCollection({ loader: glob({ pattern: '*.md', base: `${content}/content/debt` }) }),
};
