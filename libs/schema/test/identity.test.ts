import { describe, expect, it } from 'vitest';
import { hrefFor, identifyFile } from '../src/index.ts';

describe('identifyFile', () => {
  it('reads the number and id of a conventional ADR file name', () => {
    expect(identifyFile('adr', '0012-adopt-bullmq.md')).toEqual({
      id: '0012-adopt-bullmq',
      number: 12,
    });
  });

  it.each([
    '12-adopt-bullmq.md',
    '0012-Adopt-BullMQ.md',
    '0012 adopt bullmq.md',
    '0012-adopt-bullmq.mdx',
    'README.md',
    '2025-09-29-adopt-x.md',
    'one/two/0012-x.md',
    'Platform/0012-x.md',
  ])('refuses %s as an ADR', (name) => {
    expect(identifyFile('adr', name)).toBeUndefined();
  });

  it('reads an ADR of a decision log in a folder, numbered within that log', () => {
    expect(identifyFile('adr', 'platform/0012-adopt-bullmq.md')).toEqual({
      id: 'platform/0012-adopt-bullmq',
      number: 12,
      log: 'platform',
    });
  });

  it('reads dated postmortems, dated scorecards, slug debt items and nested pages', () => {
    expect(identifyFile('incident', '2026-11-02-render-queue-stalled.md')).toEqual({
      id: '2026-11-02-render-queue-stalled',
    });
    expect(identifyFile('incident', '2026-13-02-x.md')).toBeUndefined();
    expect(identifyFile('scorecard', '2026-11-09.json')).toEqual({ id: '2026-11-09' });
    expect(identifyFile('scorecard', '2026-11-09.md')).toBeUndefined();
    expect(identifyFile('debt', 'terraform-state-drift.md')).toEqual({
      id: 'terraform-state-drift',
    });
    expect(identifyFile('page', 'operations/incident-response.mdx')).toEqual({
      id: 'operations/incident-response',
    });
  });
});

describe('hrefFor', () => {
  it('puts every entry below its type route', () => {
    expect(hrefFor('adr', '0004-x')).toBe('/adr/0004-x/');
    expect(hrefFor('page', 'operations/incident-response')).toBe(
      '/handbook/operations/incident-response/',
    );
  });
});
