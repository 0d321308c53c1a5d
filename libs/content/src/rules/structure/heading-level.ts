import { adrFields, adrFile } from '../examples.ts';
import { rule } from '../rule.ts';

/**
 * `structure/heading-level`: a heading more than one level below the heading before it (`##`
 * then `####`), which screen readers announce as a missing level and the page outline shows as
 * a gap (WCAG 2.2 technique G141).
 */
export const headingLevel = rule<{ heading: string; previous: string; level: number }>()({
  id: 'structure/heading-level',
  severity: 'warning',
  summary: 'Headings go down one level at a time (## then ###), so the page outline has no gaps (WCAG technique G141).',
  message: ({ heading, previous }) => `"${heading}" follows "${previous}" and skips a level.`,
  fix: ({ heading, level }) => `Make it ${'#'.repeat(level)} ${heading.replace(/^#+\s*/, '')}, one level below the heading above.`,
  examples: {
    ok: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ'), '## Context\n\nWhy.\n\n### Load\n\nMuch.\n\n## Decision\n\nThis.\n') },
    notOk: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ'), '## Context\n\nWhy.\n\n#### Load\n\nMuch.\n\n## Decision\n\nThis.\n') },
  },
});
