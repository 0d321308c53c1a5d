import { describe, expect, it } from 'vitest';
import { AdrSchema, collectReferences, CONTENT_TYPES, IncidentSchema } from '../src/index.ts';

describe('collectReferences', () => {
  it('lists every id an ADR points at, with the field it sits in', () => {
    const adr = AdrSchema.parse({
      title: 'Target team shape',
      status: 'accepted',
      date: '2026-11-16',
      'decision-makers': ['charles'],
      consulted: ['joao-matos'],
      supersedes: ['0001-keep-two-teams'],
      related: ['0007-ai-first'],
    });
    expect(collectReferences(adr, CONTENT_TYPES.adr.references)).toEqual([
      { path: ['decision-makers', 0], target: 'person', id: 'charles' },
      { path: ['consulted', 0], target: 'person', id: 'joao-matos' },
      {
        path: ['supersedes', 0],
        target: 'adr',
        id: '0001-keep-two-teams',
        inverse: 'superseded-by',
      },
      { path: ['related', 0], target: 'any', id: '0007-ai-first' },
    ]);
  });

  it('reaches ids nested in lists of objects, such as action-item owners and debt items', () => {
    const incident = IncidentSchema.parse({
      title: 'Queue stalled',
      severity: 'SEV2',
      status: 'resolved',
      started: '2026-11-02T10:00:00+01:00',
      detected: '2026-11-02T10:10:00+01:00',
      resolved: '2026-11-02T11:00:00+01:00',
      'action-items': [
        { action: 'Alert on depth', owner: 'peter-cipov', due: '2026-11-20', status: 'open' },
        {
          action: 'Drop the old queue',
          owner: 'vitor-castro',
          due: '2026-12-01',
          status: 'open',
          debt: 'redis-queues',
        },
      ],
    });
    expect(collectReferences(incident, CONTENT_TYPES.incident.references)).toEqual([
      { path: ['action-items', 0, 'owner'], target: 'person', id: 'peter-cipov' },
      { path: ['action-items', 1, 'owner'], target: 'person', id: 'vitor-castro' },
      { path: ['action-items', 1, 'debt'], target: 'debt', id: 'redis-queues' },
    ]);
  });

  it('skips values that are not strings, so raw invalid data can be walked too', () => {
    expect(
      collectReferences({ owner: 42, related: ['a', null] }, CONTENT_TYPES.debt.references),
    ).toEqual([{ path: ['related', 0], target: 'any', id: 'a' }]);
  });
});
