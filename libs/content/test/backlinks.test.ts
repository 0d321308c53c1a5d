import { describe, expect, it } from 'vitest';
import { backlinksOf, entryKey, loadRepository } from '../src/index.ts';
import { adr, ADR_BODY, ROSTER, temporaryRepository } from './temporary-repository.ts';

const fields = (title: string, extra = '') => `title: ${title}\nstatus: accepted\ndate: 2026-11-16\ndecision-makers:\n  - charles\n${extra}`;

describe('backlinks', () => {
  it('shows each relation from the other end: supersession both ways, related, and body links, but not people or self-links', async () => {
    const root = await temporaryRepository({
      'content/team.yaml': ROSTER,
      'adr/0001-use-queues.md': adr(fields('Use queues', 'status-note: x\n').replace('status: accepted', 'status: superseded').replace('status-note: x\n', 'superseded-by: 0002-use-streams\n')),
      'adr/0002-use-streams.md': adr(fields('Use streams', 'supersedes:\n  - 0001-use-queues\n')),
      'adr/0003-retry-jobs.md': adr(
        fields('Retry jobs', 'related:\n  - 0001-use-queues\n'),
        ADR_BODY.replace('Why.', 'See [queues](0001-use-queues.md#decision) and [below](0003-retry-jobs.md#decision), and [the page](/adr/0001-use-queues/).'),
      ),
    });
    const repository = await loadRepository(root, { today: '2026-11-20' });
    expect(repository.diagnostics).toEqual([]);
    const backlinks = backlinksOf(repository.entries);
    expect(backlinks.get(entryKey('adr', '0001-use-queues'))).toEqual([
      { type: 'adr', id: '0002-use-streams', via: 'supersedes' },
      { type: 'adr', id: '0003-retry-jobs', via: 'related' },
      { type: 'adr', id: '0003-retry-jobs', via: 'body' },
    ]);
    expect(backlinks.get(entryKey('adr', '0002-use-streams'))).toEqual([{ type: 'adr', id: '0001-use-queues', via: 'superseded-by' }]);
    expect(backlinks.has(entryKey('adr', '0003-retry-jobs'))).toBe(false);
  });
});
