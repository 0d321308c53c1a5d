import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyOfRepository, handbook } from './repository-copy.ts';

/** Invented records in other teams' formats and quirks (fixtures/foreign-adrs/README.md). */
const FOREIGN = fileURLToPath(new URL('fixtures/foreign-adrs/', import.meta.url));

/** The fixture repository with no ADRs, so that every number of the foreign log is free. */
async function repositoryWithoutAdrs(): Promise<string> {
  const root = await copyOfRepository();
  await rm(path.join(root, 'adr'), { recursive: true });
  return root;
}

interface ReportFile {
  source: string;
  target: string | null;
  outcome: string;
  reasons: string[];
}

/** The errors `handbook lint` finds in the repository at `root` (warnings left out). */
async function lintErrors(root: string): Promise<{ rule: string; severity: string }[]> {
  const lint = await handbook(root, 'lint', '--format', 'json');
  return (JSON.parse(lint.stdout) as { rule: string; severity: string }[]).filter(
    (problem) => problem.severity === 'error',
  );
}

/** The front matter and body of a written ADR. */
async function written(root: string, file: string) {
  const text = await readFile(path.join(root, file), 'utf8');
  const [, yaml = '', body = ''] = /^---\n([\s\S]*?)---\n([\s\S]*)$/.exec(text) ?? [];
  return { data: parse(yaml) as Record<string, unknown>, body };
}

describe('handbook import', () => {
  it('accounts for every source file once in its report and writes ADRs that lint without errors', async () => {
    const root = await repositoryWithoutAdrs();
    const run = await handbook(root, 'import', FOREIGN, '--report', 'report.json');
    expect(run.code).toBe(0);
    const report = JSON.parse(await readFile(path.join(root, 'report.json'), 'utf8')) as {
      files: ReportFile[];
    };
    const sources = (await readdir(FOREIGN, { recursive: true }))
      .filter((name) => name.includes('.'))
      .map((name) => name.split(path.sep).join('/'))
      .sort();
    expect(report.files.map((file) => file.source).sort()).toEqual(sources);
    const skipped = report.files.filter((file) => file.outcome === 'not-imported');
    expect(skipped.map((file) => [file.source, file.reasons])).toEqual([
      ['README.md', ['an index or README of the folder, not a record']],
      ['template.md', ['a template, not a record']],
    ]);
    const lint = await handbook(root, 'lint', '--format', 'json');
    const problems = JSON.parse(lint.stdout) as { rule: string; severity: string }[];
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(problems.map((problem) => problem.rule)).toContain('structure/imported-missing-section');
  });

  it('keeps numbers and titles, maps statuses and dates, and records what it read', async () => {
    const root = await repositoryWithoutAdrs();
    await handbook(root, 'import', FOREIGN);
    const first = await written(root, 'adr/0001-record-architecture-decisions.md');
    expect(first.data).toMatchObject({
      title: 'Record architecture decisions',
      status: 'accepted',
      date: '2016-02-12',
      'decision-makers': 'unknown',
      imported: {
        from: '0001-record-architecture-decisions.md',
        date: 'metadata line, written YYYY-MM-DD',
      },
    });
    expect(first.body.trimStart().startsWith('Date: 2016-02-12')).toBe(true);
    expect(first.body).not.toContain('# 1. Record');

    const aurora = await written(root, 'adr/0003-store-reports-in-aurora.md');
    expect(aurora.data).toMatchObject({
      status: 'accepted',
      supersedes: ['0002-store-reports-in-postgres'],
      imported: { status: 'Implemented' },
    });
    const postgres = await written(root, 'adr/0002-store-reports-in-postgres.md');
    expect(postgres.data).toMatchObject({
      status: 'superseded',
      'superseded-by': '0003-store-reports-in-aurora',
      date: '2017-06-30',
    });

    const sessions = await written(root, 'adr/0004-cache-sessions.md');
    expect(sessions.data).toMatchObject({
      title: 'Cache sessions in Redis',
      status: 'accepted',
      date: '2020-03-15',
      imported: { date: 'earliest changelog entry, written DD-MM-YYYY' },
    });
    expect(sessions.data.imported).not.toHaveProperty('status');

    const backstage = await written(root, 'adr/0006-entity-references.md');
    expect(backstage.data.title).toBe('Entity References');
    expect(backstage.data).not.toHaveProperty('status');

    const unknownWord = await written(root, 'adr/0007-reticulate-splines.md');
    expect(unknownWord.data).not.toHaveProperty('status');
    expect(unknownWord.data).toMatchObject({ imported: { status: 'Reticulated' } });
  });

  it('matches deciders to the roster and keeps the others as text, never inventing a person', async () => {
    const root = await repositoryWithoutAdrs();
    const run = await handbook(root, 'import', FOREIGN);
    const queue = await written(root, 'adr/0005-choose-a-queue.md');
    expect(queue.data['decision-makers']).toEqual(['dana']);
    expect(queue.data).toMatchObject({ imported: { deciders: ['ghost-writer'] } });
    const slugs = await written(root, 'adr/0009-use-slugs-as-ids.md');
    expect(slugs.data).toMatchObject({
      status: 'proposed',
      date: '2020-10-16',
      'decision-makers': ['charles'],
      imported: { status: 'draft', deciders: ['Ana'] },
    });
    expect(run.stdout).toContain(
      'deciders kept as text, matching no one in content/team.yaml: Ana',
    );
  });

  it('gives a clashing number the next free one and rewrites every link the renames affect', async () => {
    const root = await repositoryWithoutAdrs();
    const run = await handbook(root, 'import', FOREIGN);
    expect(run.stdout).toContain(
      'adr/0008-run-one-worker-per-queue.md ← 0005-run-one-worker-per-queue.md\n    numbered 8: 5 is taken by another record',
    );
    const aurora = await written(root, 'adr/0003-store-reports-in-aurora.md');
    expect(aurora.body).toContain('[our own Postgres](0002-store-reports-in-postgres.md#decision)');
    expect(aurora.body).toContain('the runbook (`../../docs/runbook.md`)');
    expect(aurora.body).toContain('image “Where reports flow” (`./reports-flow.png?raw=true`)');
    const slugs = await written(root, 'adr/0009-use-slugs-as-ids.md');
    expect(slugs.body).toContain('[the choice of a queue](0005-choose-a-queue.md)');
  });

  it('imports into a decision log of its own with --log, numbered apart and referring by log ids', async () => {
    const root = await copyOfRepository();
    const run = await handbook(root, 'import', FOREIGN, '--log', 'reports');
    expect(run.code).toBe(0);
    const postgres = await written(root, 'adr/reports/0002-store-reports-in-postgres.md');
    expect(postgres.data['superseded-by']).toBe('reports/0003-store-reports-in-aurora');
    const aurora = await written(root, 'adr/reports/0003-store-reports-in-aurora.md');
    expect(aurora.data.supersedes).toEqual(['reports/0002-store-reports-in-postgres']);
    expect(await readdir(path.join(root, 'adr'))).toContain('0001-store-reports-in-postgres.md');
    expect(await lintErrors(root)).toEqual([]);
  });

  it('writes nothing on a dry run, and never overwrites: a second import takes new numbers', async () => {
    const root = await repositoryWithoutAdrs();
    const dry = await handbook(root, 'import', FOREIGN, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stderr).toContain('Would import 9 of 9 records');
    await expect(readdir(path.join(root, 'adr'))).rejects.toThrow();

    await handbook(root, 'import', FOREIGN);
    const before = await readFile(
      path.join(root, 'adr/0001-record-architecture-decisions.md'),
      'utf8',
    );
    const again = await handbook(root, 'import', FOREIGN);
    expect(again.code).toBe(0);
    expect((await readdir(path.join(root, 'adr'))).length).toBe(18);
    expect(again.stdout).toContain('adr/0010-record-architecture-decisions.md');
    expect(
      await readFile(path.join(root, 'adr/0001-record-architecture-decisions.md'), 'utf8'),
    ).toBe(before);
  });
});

/** Invented postmortems in another team's template (fixtures/foreign-postmortems/README.md). */
const POSTMORTEMS = fileURLToPath(new URL('fixtures/foreign-postmortems/', import.meta.url));

describe('handbook import of postmortems', () => {
  it('reads times in the zone the record states, maps severity words, and writes unknown for the rest', async () => {
    const root = await repositoryWithoutAdrs();
    const run = await handbook(root, 'import', POSTMORTEMS, '--report', 'report.json');
    const certificates = await written(root, 'incidents/2021-03-31-login-certificates-expired.md');
    expect(certificates.data).toMatchObject({
      title: 'Login certificates expired',
      severity: 'unknown',
      status: 'resolved',
      started: '2021-03-31T12:06:00+00:00',
      detected: '2021-03-31T12:11:00+00:00',
      resolved: '2021-03-31T13:30:00+00:00',
      imported: { from: 'PM2021-004 - Login certificates expired.md' },
    });
    expect(certificates.body).toContain('- Alert thirty days before a certificate expires');
    const queue = await written(root, 'incidents/2021-01-20-queue-stalled.md');
    expect(queue.data).toMatchObject({
      severity: 'SEV1',
      started: '2021-01-20T13:50:00+01:00',
      detected: 'unknown',
      resolved: 'unknown',
      imported: { severity: 'Critical → SEV1' },
    });
    expect(queue.body).toContain(
      '[the certificate postmortem](2021-03-31-login-certificates-expired.md)',
    );
    expect(run.stdout).toContain(
      '2 action items left in the body: the record names no owner or due date for them',
    );

    const report = JSON.parse(await readFile(path.join(root, 'report.json'), 'utf8')) as {
      files: ReportFile[];
    };
    expect(
      report.files.find((file) => file.source === 'PM2021-006 - Undated outage.md'),
    ).toMatchObject({
      target: null,
      outcome: 'not-imported',
    });
    expect(run.code).toBe(1);
    expect(await lintErrors(root)).toEqual([]);
  });
});
