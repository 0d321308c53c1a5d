import { readFile } from 'node:fs/promises';
import { adrStatusShown } from '@handbook/schema';
import { describe, expect, it } from 'vitest';
import { loadRepository } from '../src/index.ts';
import { ROSTER, temporaryRepository } from './temporary-repository.ts';

const MADR_4_TEMPLATE = await readFile(new URL('fixtures/standards/madr-4-adr-template.md', import.meta.url), 'utf8');

describe("MADR 4's own template", () => {
  it('lints without an error when copied into the log unchanged, its heading and title differing as MADR means them to', async () => {
    const root = await temporaryRepository({ 'content/team.yaml': ROSTER, 'adr/0001-adr-template.md': MADR_4_TEMPLATE });
    const repository = await loadRepository(root, { today: '2026-11-24' });
    expect(repository.diagnostics.map((diagnostic) => `${diagnostic.severity} ${diagnostic.rule}`)).toEqual(['warning identity/title-heading']);
    const [adr] = repository.entries.adr;
    expect(adr?.data.title).toBe('ADR Template');
    expect(adr === undefined ? undefined : adrStatusShown(adr.data)).toBe('not stated');
    expect(adr?.data.date).toBeUndefined();
  });

  it('takes the title from the level-1 heading when the front matter has none, as MADR records do', async () => {
    const record = MADR_4_TEMPLATE.replace(/^title: ADR Template\n/m, '').replace(/^# \{short title[^\n]*$/m, '# Use MADR for decisions');
    const root = await temporaryRepository({ 'content/team.yaml': ROSTER, 'adr/0001-use-madr.md': record });
    const repository = await loadRepository(root, { today: '2026-11-24' });
    expect(repository.diagnostics).toEqual([]);
    expect(repository.entries.adr[0]?.data.title).toBe('Use MADR for decisions');
  });
});

describe('a section written at another level or misspelt', () => {
  it('is reported at the heading the author wrote, with the heading to write instead', async () => {
    const body = '## Context\n\nWhy.\n\n#### Decision\n\nThis.\n';
    const root = await temporaryRepository({
      'content/team.yaml': ROSTER,
      'adr/0001-level.md': `---\ntitle: Level\nstatus: proposed\n---\n\n${body}`,
      'adr/0002-typo.md': `---\ntitle: Typo\nstatus: proposed\n---\n\n${body.replace('#### Decision', '## Decison')}`,
    });
    const { diagnostics } = await loadRepository(root, { today: '2026-11-24' });
    expect(diagnostics.map(({ file, line, column, message, fix }) => ({ file, line, column, message, fix }))).toEqual([
      {
        file: 'adr/0001-level.md',
        line: 10,
        column: 1,
        message: 'The ADR has no "Decision" section (nor "Decision Outcome"); "#### Decision" is not read as one.',
        fix: 'Did you mean "## Decision"? Sections are level-2 or level-3 headings with the section\'s name.',
      },
      {
        file: 'adr/0002-typo.md',
        line: 10,
        column: 1,
        message: 'The ADR has no "Decision" section (nor "Decision Outcome"); "## Decison" is not read as one.',
        fix: 'Did you mean "## Decision"? Sections are level-2 or level-3 headings with the section\'s name.',
      },
    ]);
  });
});

describe('a status word other tools use', () => {
  it.each([
    ['approved', 'accepted'],
    ['implemented', 'accepted'],
    ['draft', 'proposed'],
  ])('suggests our word for %s: %s', async (written, ours) => {
    const root = await temporaryRepository({
      'content/team.yaml': ROSTER,
      'adr/0001-word.md': `---\ntitle: Word\nstatus: ${written}\ndecision-makers:\n  - charles\n---\n\n## Context\n\nWhy.\n\n## Decision\n\nThis.\n`,
    });
    const { diagnostics } = await loadRepository(root, { today: '2026-11-24' });
    expect(diagnostics.map(({ rule, fix }) => ({ rule, fix }))).toEqual([{ rule: 'schema/invalid-field', fix: `Did you mean ${ours}?` }]);
  });
});

describe('a link with a typo in the file name', () => {
  it('suggests the link to the entry meant, keeping its fragment', async () => {
    const root = await temporaryRepository({
      'content/team.yaml': ROSTER,
      'adr/0001-run-on-kubernetes.md': `---\ntitle: Run on Kubernetes\nstatus: proposed\n---\n\n## Context\n\nWhy.\n\n## Decision\n\nThis.\n`,
      'adr/0002-adopt-bullmq.md': `---\ntitle: Adopt BullMQ\nstatus: proposed\n---\n\n## Context\n\nSee [ADR 0001](0001-run-on-kubernets.md#decision) and [it](/adr/0001-run-on-kubernets/).\n\n## Decision\n\nThis.\n`,
    });
    const { diagnostics } = await loadRepository(root, { today: '2026-11-24' });
    expect(diagnostics.map(({ rule, fix }) => ({ rule, fix }))).toEqual([
      { rule: 'reference/broken-link', fix: 'Did you mean 0001-run-on-kubernetes.md#decision?' },
      { rule: 'reference/broken-link', fix: 'Did you mean /adr/0001-run-on-kubernetes/?' },
    ]);
  });
});

describe('front matter opened and never closed', () => {
  it('says so at line 1, with the line to add, instead of "no front matter"', async () => {
    const root = await temporaryRepository({
      'content/team.yaml': ROSTER,
      'adr/0001-open.md': `---\ntitle: Open\nstatus: proposed\n\n## Context\n\nWhy.\n\n## Decision\n\nThis.\n`,
    });
    const { diagnostics } = await loadRepository(root, { today: '2026-11-24' });
    expect(diagnostics.map(({ line, rule, message, fix }) => ({ line, rule, message, fix }))).toEqual([
      {
        line: 1,
        rule: 'schema/missing-front-matter',
        message: "The ADR's front matter opens with --- on line 1 but is never closed, so none of its fields is read.",
        fix: 'Add a line holding only `---` after the last field, before the first heading.',
      },
    ]);
  });
});
