import { describe, expect, it } from 'vitest';
import { entryMarkdown, entrySummary } from '../src/index.ts';

const adr = (data: Record<string, unknown>, body = '') =>
  entryMarkdown({
    type: 'adr',
    id: '0003-try-caching',
    data: { title: 'Try caching', tags: [], supersedes: [], ...data },
    body,
    file: 'adr/0003-try-caching.md',
  });

describe('the Markdown twin of an entry', () => {
  it('says first that a superseded ADR no longer applies, naming and linking its successor', () => {
    const [title, , standing] = adr({
      status: 'superseded',
      'superseded-by': '0004-use-redis',
    }).split('\n');
    expect(title).toBe('# ADR 0003: Try caching');
    expect(standing).toBe(
      '> Superseded by [ADR 0004](/adr/0004-use-redis.md): kept for history; it no longer applies.',
    );
  });

  it('marks a rejected ADR, a proposed one and an example, and leaves an accepted one unmarked', () => {
    expect(adr({ status: 'rejected' })).toContain('> Rejected: this decision was not taken');
    expect(adr({ status: 'proposed' })).toContain('> Proposed: not accepted yet');
    expect(adr({ status: 'accepted', example: true })).toContain('> Example: written to show');
    expect(adr({ status: 'accepted' })).not.toMatch(/^> /m);
  });

  it('points links to other entries at their twins and leaves other links as written', () => {
    const twin = adr(
      { status: 'accepted' },
      'See [ADR 1](0001-start.md#context), [the outage](../incidents/2026-01-05-old-outage.md), [the web](https://example.com) and `[code](0001-start.md)`.',
    );
    expect(twin).toContain('[ADR 1](/adr/0001-start.md)');
    expect(twin).toContain('[the outage](/incidents/2026-01-05-old-outage.md)');
    expect(twin).toContain('[the web](https://example.com)');
  });

  it('keeps a fenced block of structured fields closed whatever backticks a value holds', () => {
    const twin = entryMarkdown({
      type: 'runbook',
      id: 'restart',
      data: { title: 'Restart', steps: [{ step: 'Run', do: 'Type ```restart``` twice' }] },
      body: '',
      file: 'content/runbooks/restart.md',
    });
    expect(twin).toMatch(/^````json$/m);
    expect(twin.trimEnd().endsWith('````')).toBe(true);
  });
});

describe('the one-line summary of an entry', () => {
  it('gives a description when there is one, else the state fields, with what the status does not say', () => {
    expect(entrySummary({ type: 'page', data: { title: 'x', description: 'How we ship.' } })).toBe(
      'How we ship.',
    );
    expect(entrySummary({ type: 'adr', data: { status: 'proposed', date: '2026-11-02' } })).toBe(
      'status proposed, date 2026-11-02',
    );
    expect(
      entrySummary({ type: 'adr', data: { status: 'superseded', 'superseded-by': '0004-use-redis' } }),
    ).toBe('Superseded by [ADR 0004](/adr/0004-use-redis.md); status superseded');
  });
});
