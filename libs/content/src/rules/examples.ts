import type { ExampleFiles } from './rule.ts';

/** The body sections every ADR needs, for example files. */
const ADR_SECTIONS = '## Context\n\nWhy.\n\n## Options Considered\n\nTwo.\n\n## Decision\n\nThis.\n\n## Consequences\n\nThose.\n';

/** An ADR file with the given front matter lines (each ending in a newline) and body. */
export function adrFile(frontmatter: string, body = ADR_SECTIONS): string {
  return `---\n${frontmatter}---\n\n${body}`;
}

/** Front matter of a valid ADR titled `title`, with `extra` lines appended. */
export function adrFields(title: string, extra = ''): string {
  return `title: ${title}\nstatus: accepted\ndate: 2026-11-16\ndecision-makers:\n  - charles\n${extra}`;
}

/** A valid ADR 0002 with `extra` front matter lines and an optional body. */
export function secondAdr(extra = '', body?: string): ExampleFiles {
  return { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ', extra), body) };
}

/** A body with every ADR section and `text` appended to the context. */
export function adrBodyWith(text: string): string {
  return ADR_SECTIONS.replace('Why.\n', `Why.\n\n${text}\n`);
}

/**
 * The repository every rule example starts from: a roster of two people in one team and one
 * valid ADR. Each example lays its own files over it.
 */
export const EXAMPLE_BASE: ExampleFiles = {
  'content/team.yaml': `teams:
  - id: core-platform
    name: Core Platform
    manager: charles
people:
  - id: charles
    name: Charles
    role: CTO
    team: core-platform
  - id: peter-cipov
    name: Peter Cipov
    role: Infrastructure & Observability
    team: core-platform
`,
  'adr/0001-run-on-kubernetes.md': adrFile(adrFields('Run on Kubernetes')),
};

/** A handbook page in MDX (`content/handbook/queues.mdx`) owned by charles, with `body` under its title. */
export function mdxPage(body: string): ExampleFiles {
  return {
    'content/handbook/queues.mdx': `---\ntitle: Queues\ndescription: How the queue workers run.\nowner: charles\nlast-reviewed: 2026-11-16\n---\n\n# Queues\n\n${body}\n`,
  };
}
