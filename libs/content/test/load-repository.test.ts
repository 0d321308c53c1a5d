import { describe, expect, it } from 'vitest';
import { assertValidRepository, ContentError, formatDiagnostic, loadRepository } from '../src/index.ts';
import { adr, ADR_BODY, ROSTER, temporaryRepository } from './temporary-repository.ts';

const OLD = `title: Keep two teams
status: superseded
date: 2026-10-28
decision-makers: [charles]
superseded-by: 0002-one-team
`;
const NEW = `title: One team
status: accepted
date: 2026-11-16
decision-makers:
  - charles
  - peter-cipov
supersedes:
  - 0001-keep-two-teams
`;

describe('loadRepository', () => {
  it('reads valid ADRs and the roster with no diagnostics', async () => {
    const root = await temporaryRepository({
      'content/team.yaml': ROSTER,
      'adr/0001-keep-two-teams.md': adr(OLD),
      'adr/0002-one-team.md': adr(NEW, `${ADR_BODY}\nOne team is enough.\n`),
      'adr/README.md': '# Decisions\n',
    });
    const repository = await loadRepository(root);
    expect(repository.diagnostics).toEqual([]);
    expect(repository.entries.adr.map((entry) => [entry.id, entry.number, entry.file])).toEqual([
      ['0001-keep-two-teams', 1, 'adr/0001-keep-two-teams.md'],
      ['0002-one-team', 2, 'adr/0002-one-team.md'],
    ]);
    expect(repository.entries.adr[1]?.data['decision-makers']).toEqual(['charles', 'peter-cipov']);
    expect(repository.entries.adr[1]?.body).toBe(`\n${ADR_BODY}\nOne team is enough.\n`);
    expect(repository.entries.adr[1]?.bodyLine).toBe(11);
    expect(repository.roster?.teams[0]?.manager).toBe('joao-matos');
  });

  it('reports an unknown decision-maker at the list item, with the closest id', async () => {
    const root = await temporaryRepository({
      'content/team.yaml': ROSTER,
      'adr/0002-one-team.md': adr(NEW.replace('  - peter-cipov', '  - pete-cipov').replace(/supersedes:\n.*\n/, '')),
    });
    const { diagnostics } = await loadRepository(root);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'adr/0002-one-team.md:7:5 error decision-makers[1] names "pete-cipov", who is not a person in content/team.yaml. Fix: Did you mean peter-cipov? [reference/unknown-person]',
    ]);
  });

  it('reports an ADR id that does not exist and supersession that only one side states', async () => {
    const root = await temporaryRepository({
      'content/team.yaml': ROSTER,
      'adr/0001-keep-two-teams.md': adr(OLD.replace('superseded-by: 0002-one-team', 'superseded-by: 0003-one-team')),
      'adr/0002-one-team.md': adr(NEW),
    });
    const { diagnostics } = await loadRepository(root);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'adr/0001-keep-two-teams.md:6:16 error superseded-by names "0003-one-team", which is not an ADR in adr/. Fix: Did you mean 0002-one-team? [reference/unknown-entry]',
      "adr/0002-one-team.md:9:5 error supersedes[0] names 0001-keep-two-teams, but 0001-keep-two-teams's superseded-by does not name 0002-one-team. Fix: Add 0002-one-team to superseded-by in adr/0001-keep-two-teams.md, or remove this reference. `handbook new adr --supersedes N` writes both ends. [reference/supersession-mismatch]",
    ]);
  });

  it('reports a misspelt field that leaves its right name missing once, at the misspelling, with the rename', async () => {
    const root = await temporaryRepository({
      'content/team.yaml': ROSTER,
      'adr/0001-keep-two-teams.md': adr('title: Keep two teams\nstatus: accepted\ndate: 2026-10-28\ndecision-maker: [charles]\n'),
    });
    const { diagnostics } = await loadRepository(root);
    expect(diagnostics.map(({ line, column, rule, fix }) => ({ line, column, rule, fix }))).toEqual([
      { line: 5, column: 1, rule: 'schema/inconsistent-fields', fix: 'Rename it to decision-makers.' },
    ]);
  });

  it('reports schema problems at their keys, with the value found, and every one of them', async () => {
    const root = await temporaryRepository({
      'content/team.yaml': ROSTER,
      'adr/0001-keep-two-teams.md': adr('title: Keep two teams\nstatus: draft\ndate: 28/10/2026\ndecision-maker: [charles]\n'),
    });
    const { diagnostics } = await loadRepository(root);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'adr/0001-keep-two-teams.md:3:9 error status must be one of proposed, accepted, rejected, deprecated, superseded (found "draft"). Fix: Did you mean proposed? [schema/invalid-field]',
      'adr/0001-keep-two-teams.md:4:1 error date must be a real date written YYYY-MM-DD, such as 2026-11-02 (found "28/10/2026"). Fix: Rewrite the value in the form the message shows. [schema/invalid-field]',
      'adr/0001-keep-two-teams.md:5:1 warning decision-maker is not a field of this content type; it is ignored. Fix: Rename it to decision-makers. [schema/unknown-field]',
    ]);
  });

  it('reads an ADR with keys of its own: site generators\' keys silently, a typo as a warning, and publishes it', async () => {
    const root = await temporaryRepository({
      'content/team.yaml': ROSTER,
      'adr/0001-keep-two-teams.md': adr('title: Keep two teams\nstatus: accepted\ndate: 2026-10-28\ndecision-makers: [charles]\nparent: Decisions\nnav_order: 1\ntag: [teams]\n'),
    });
    const repository = await loadRepository(root);
    expect(repository.diagnostics.map(formatDiagnostic)).toEqual([
      'adr/0001-keep-two-teams.md:8:1 warning tag is not a field of this content type; it is ignored. Fix: Rename it to tags. [schema/unknown-field]',
    ]);
    expect(repository.entries.adr.map((entry) => entry.data.title)).toEqual(['Keep two teams']);
  });

  it('reports YAML syntax errors, missing front matter, bad file names, and repeated numbers even when one file is invalid', async () => {
    const root = await temporaryRepository({
      'content/team.yaml': ROSTER,
      'adr/0001-keep-two-teams.md': adr(OLD.replace('superseded-by: 0002-one-team', 'superseded-by: 0002-one-team\n')),
      'adr/0001-another-one.md': adr('title: ADR001: Architecture\nstatus: accepted\n'),
      'adr/0003-no-front-matter.md': '# Just a heading\n',
      'adr/ADR-4 Use Kafka.md': adr(NEW),
    });
    const { diagnostics } = await loadRepository(root);
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual([
      'adr/0001-another-one.md:2:8 schema/yaml-syntax',
      'adr/0001-keep-two-teams.md:1:1 identity/duplicate-number',
      'adr/0001-keep-two-teams.md:6:16 reference/unknown-entry',
      'adr/0003-no-front-matter.md:1:1 schema/missing-front-matter',
      'adr/ADR-4 Use Kafka.md:1:1 identity/file-name',
    ]);
  });

  it('reports two ADRs with one number', async () => {
    const root = await temporaryRepository({
      'content/team.yaml': ROSTER,
      'adr/0001-one-team.md': adr('title: One\nstatus: accepted\ndate: 2026-11-16\ndecision-makers: [charles]\n'),
      'adr/0001-two-teams.md': adr('title: Two\nstatus: accepted\ndate: 2026-11-16\ndecision-makers: [charles]\n'),
    });
    const { diagnostics } = await loadRepository(root);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'adr/0001-two-teams.md:1:1 error ADR number 0001 is also used by adr/0001-one-team.md. Fix: Renumber this file to the next free number and update every reference: `npx handbook adr renumber adr/0001-two-teams.md` does both. [identity/duplicate-number]',
    ]);
  });

  it('reports a missing roster once instead of one error per decision-maker', async () => {
    const root = await temporaryRepository({ 'adr/0002-one-team.md': adr(NEW.replace(/supersedes:\n.*\n/, '')) });
    const { diagnostics, roster } = await loadRepository(root);
    expect(roster).toBeUndefined();
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'content/team.yaml:1:1 error content/team.yaml is missing; owners and decision-makers are ids from it. Fix: Create content/team.yaml with the lists teams (id, name, manager) and people (id, name, role). [schema/missing-roster]',
    ]);
  });
});

describe('assertValidRepository', () => {
  it('throws a ContentError that lists every error a line each', async () => {
    const root = await temporaryRepository({
      'content/team.yaml': ROSTER.replace('manager: joao-matos', 'manager: joao'),
      'adr/0002-one-team.md': adr(NEW.replace(/supersedes:\n.*\n/, '').replace('status: accepted', 'status: done')),
    });
    const repository = await loadRepository(root);
    expect(() => assertValidRepository(repository)).toThrow(ContentError);
    expect(() => assertValidRepository(repository)).toThrow(
      [
        '2 content errors; fix them and build again:',
        'adr/0002-one-team.md:3:9 error status must be one of proposed, accepted, rejected, deprecated, superseded (found "done"). Fix: Did you mean accepted? [schema/invalid-field]',
        'content/team.yaml:4:14 error teams[0].manager names "joao", who is not a person in content/team.yaml. Fix: Add the person to content/team.yaml or use an existing id. [reference/unknown-person]',
      ].join('\n'),
    );
  });
});
