import { describe, expect, it } from 'vitest';
import { formatDiagnostic, loadRepository } from '../src/index.ts';
import { adr, ADR_BODY, ROSTER, temporaryRepository } from './temporary-repository.ts';

const ACCEPTED = 'title: One\nstatus: accepted\ndate: 2026-11-16\ndecision-makers: [charles]\n';

const INCIDENT = `---
title: Render queue stalled
severity: SEV2
status: resolved
started: 2026-11-02T10:00:00+01:00
detected: 2026-11-02T10:12:00+01:00
resolved: 2026-11-02T11:32:00+01:00
action-items:
  - action: Alert on queue depth
    owner: peter-cipov
    due: 2026-11-20
    status: open
    debt: redis-queues
related:
  - 0001-one-team
---

## Timeline

- 10:00 the queue stopped.

## Root Cause

A stalled worker.

## Impact

Renders waited 92 minutes.

## Lessons Learned

Alert on queue depth.
`;

const DEBT = `---
title: Redis queues have no retries
quadrant: prudent-deliberate
quadrant-reason: Shipped first, hardened later, on purpose.
impact: causing-incidents
priority: high
created: 2026-11-09
---

The queues drop jobs when a worker dies.
`;

const rules = (diagnostics: { file: string; line: number; column: number; rule: string }[]) =>
  diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`);

describe('one registry for every content type', () => {
  it('reads postmortems, debt items, scorecards and pages, and resolves references across types', async () => {
    const root = await temporaryRepository({
      'content/team.yaml': ROSTER,
      'adr/0001-one-team.md': adr(`${ACCEPTED}related:\n  - 2026-11-02-render-queue-stalled\n`),
      'incidents/2026-11-02-render-queue-stalled.md': INCIDENT,
      'content/debt/redis-queues.md': DEBT,
      'scorecards/2026-11-09.json': JSON.stringify({
        source: 'offsite',
        'maturity-stage': 'foundation',
        dora: {
          'deployments-per-week': { current: { min: 1, max: 2 } },
          'lead-time-for-changes-days': { current: null },
          'change-failure-rate-percent': { current: null },
          'time-to-restore-minutes': { current: 92 },
        },
        'uptime-percent': { current: 99.81 },
        'infrastructure-time-percent': { current: 60, approximate: true },
        'features-per-month': { current: { min: 1, max: 2 } },
        'cycle-time-days': { current: { min: 60, max: 90 } },
        'rd-run-rate-usd': { current: 272000 },
        'cogs-kill-switch': { 'threshold-percent-of-mrr': 15, 'pause-after-months': 2, 'current-percent-of-mrr': null },
        headcount: { current: 10 },
        'open-roles': null,
      }),
      'content/handbook/operations/incident-response.md': '---\ntitle: Incident response\ndescription: What to do.\nowner: charles\nlast-reviewed: 2026-11-09\n---\n\n# Incident response\n',
    });
    const repository = await loadRepository(root);
    expect(repository.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(repository.entries.incident.map((entry) => entry.id)).toEqual(['2026-11-02-render-queue-stalled']);
    expect(repository.entries.debt[0]?.data.priority).toBe('high');
    expect(repository.entries.scorecard[0]?.data.dora['time-to-restore-minutes'].current).toBe(92);
    expect(repository.entries.page[0]?.id).toBe('operations/incident-response');
    expect(repository.entries.incident[0]?.tree?.children.some((node) => node.type === 'heading')).toBe(true);
  });

  it('reports a nested reference at its list item, and an unknown target of a typed field with its type', async () => {
    const root = await temporaryRepository({
      'content/team.yaml': ROSTER,
      'incidents/2026-11-02-render-queue-stalled.md': INCIDENT.replace('owner: peter-cipov', 'owner: peter-cipv').replace('  - 0001-one-team\n', '  - 0001-one-tem\n'),
    });
    const { diagnostics } = await loadRepository(root);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'incidents/2026-11-02-render-queue-stalled.md:10:12 error action-items[0].owner names "peter-cipv", who is not a person in content/team.yaml. Fix: Did you mean peter-cipov? [reference/unknown-person]',
      'incidents/2026-11-02-render-queue-stalled.md:13:11 error action-items[0].debt names "redis-queues", which is not a debt item in content/debt/. Fix: Use the file name, without extension, of an existing debt item. [reference/unknown-entry]',
      'incidents/2026-11-02-render-queue-stalled.md:15:5 error related[0] names "0001-one-tem", which is no content in this repository. Fix: Use the id (file name without extension) of an existing entry. [reference/unknown-content]',
    ]);
  });

  it('reports scorecard JSON problems at their exact value and line', async () => {
    const root = await temporaryRepository({
      'content/team.yaml': ROSTER,
      'scorecards/2026-11-09.json': '{\n  "source": "offsite",\n  "maturity-stage": "growth"\n}\n',
    });
    const { diagnostics } = await loadRepository(root);
    expect(rules(diagnostics)[0]).toBe('scorecards/2026-11-09.json:1:1 schema/missing-field');
    expect(diagnostics.find((d) => d.message.startsWith('maturity-stage'))).toMatchObject({ line: 3, column: 21 });
  });
});

describe('identity before validity', () => {
  it('lets an ADR supersede a file whose front matter is broken without calling it missing', async () => {
    const root = await temporaryRepository({
      'content/team.yaml': ROSTER,
      'adr/0001-keep-two-teams.md': adr('title: Keep two teams\nstatus: superseded\ndate: 2026-10-28\ndecision-makers: [charls]\nsuperseded-by: 0002-one-team\nreview-date: 2026-01-01\n'),
      'adr/0002-one-team.md': adr(`${ACCEPTED}supersedes:\n  - 0001-keep-two-teams\n`),
    });
    const { diagnostics } = await loadRepository(root);
    expect(rules(diagnostics)).toEqual(['adr/0001-keep-two-teams.md:5:19 reference/unknown-person', 'adr/0001-keep-two-teams.md:7:1 time/order']);
  });

  it('reports cross-field rules together with other broken fields of the same file', async () => {
    const root = await temporaryRepository({
      'content/team.yaml': ROSTER,
      'adr/0001-keep-two-teams.md': adr('title: Keep two teams\nstatus: superseded\ndate: 2026-10-28\ndecision-makers: charles\nreview-date: 2026-01-01\n'),
    });
    const { diagnostics } = await loadRepository(root);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'superseded-by is required when status is superseded: name the ADR id that replaced this one.',
      'decision-makers must be a list of person ids from content/team.yaml, or unknown when the record does not say who decided (found "charles").',
      'review-date must be on or after date (2026-10-28); a review cannot precede the decision.',
    ]);
  });
});

describe('files of the wrong kind in a content folder', () => {
  it('reports MDX where plain Markdown is expected, a log two folders deep, and a dated name taken for an ADR number', async () => {
    const root = await temporaryRepository({
      'content/team.yaml': ROSTER,
      'adr/0001-one-team.mdx': adr(ACCEPTED),
      'adr/drafts/old/0002-two.md': adr(ACCEPTED),
      'adr/platform/0001-one-team.md': adr(ACCEPTED),
      'adr/2025-09-29-use-kafka.md': adr(ACCEPTED),
      'adr/.gitkeep': '',
      'adr/README.md': '# Decisions\n',
    });
    const { diagnostics } = await loadRepository(root);
    expect(diagnostics.map((d) => `${d.file} ${d.rule}: ${d.message}`)).toEqual([
      'adr/0001-one-team.mdx identity/unexpected-file: "0001-one-team.mdx" in adr/ is not one of the ADRs, which are NNNN-kebab-title.md; it is not published.',
      'adr/2025-09-29-use-kafka.md identity/file-name: The file name "2025-09-29-use-kafka.md" does not follow the convention NNNN-kebab-title.md.',
      'adr/drafts/old/0002-two.md identity/file-name: The file name "0002-two.md" does not follow the convention NNNN-kebab-title.md.',
    ]);
  });
});

describe('byte-order marks and line ends', () => {
  it('strips a UTF-8 BOM before the front matter and accepts CRLF line ends', async () => {
    const text = `\uFEFF${adr(ACCEPTED)}`.replace(/\n/g, '\r\n');
    const root = await temporaryRepository({ 'content/team.yaml': ROSTER, 'adr/0001-one-team.md': text });
    const repository = await loadRepository(root);
    expect(repository.diagnostics).toEqual([]);
    expect(repository.entries.adr[0]?.body.startsWith('\r\n## Context')).toBe(true);
    expect(repository.entries.adr[0]?.tree?.children[0]?.type).toBe('yaml');
  });

  it('requires the body sections of its type', async () => {
    const root = await temporaryRepository({ 'content/team.yaml': ROSTER, 'adr/0001-one-team.md': adr(ACCEPTED, ADR_BODY.replace('## Decision', '## Outcome')) });
    const { diagnostics } = await loadRepository(root);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'adr/0001-one-team.md:23:1 error The ADR has no "Decision" section (nor "Decision Outcome"). Fix: Add a level-2 heading "## Decision" with its text; `handbook new` writes every section. [structure/missing-section]',
    ]);
  });
});
