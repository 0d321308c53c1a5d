import { adrStatusForWord } from '@handbook/schema';
import { describe, expect, it } from 'vitest';
import { readForeignDate } from '../src/import/dates.ts';
import { stripTitleNumbering } from '../src/import/read-foreign-adr.ts';

describe('dates as other teams write them', () => {
  it.each([
    ['2017-06-30', '2017-06-30'],
    ['2024-10-31 :ghost:', '2024-10-31'],
    ['30/06/2017', '2017-06-30'],
    ['08/01/24', '2024-01-08'],
    ['27-11-2018: first draft', '2018-11-27'],
    ['30.06.17', '2017-06-30'],
    ['30-Jun-2017', '2017-06-30'],
    ['Oct 9, 2020: revised', '2020-10-09'],
    ['January 11, 2022', '2022-01-11'],
    ['3 March 2021', '2021-03-03'],
  ])('reads %s as %s', (written, day) => {
    expect(readForeignDate(written)?.date).toBe(day);
  });

  it.each(['YYYY-MM-DD', '{AAAA-MM-JJ when the decision was last updated}', '31/02/2020', 'soon'])(
    'finds no day in %s',
    (written) => {
      expect(readForeignDate(written)).toBeUndefined();
    },
  );
});

describe('titles without the numbering other tools add', () => {
  it.each([
    ['ADR 111: Use gRPC', 111, 'Use gRPC'],
    ['ADR-102: Use gRPC', 102, 'Use gRPC'],
    ['ADR001: Add an ADR log', 1, 'Add an ADR log'],
    ['36. Multi-cluster', 36, 'Multi-cluster'],
    ['n. Login.gov', 11, 'Login.gov'],
    ['28 Use EKS', 28, 'Use EKS'],
    ['Architecture Decision Record: Datomic-based Configuration', 3, 'Datomic-based Configuration'],
    ['2024 roadmap', 7, '2024 roadmap'],
  ])('reads %s (record %i) as %s', (heading, number, title) => {
    expect(stripTitleNumbering(heading, number)).toBe(title);
  });
});

describe('status words', () => {
  it.each([
    ['✅ Accepted', 'accepted'],
    ['Implemented', 'accepted'],
    ['Draft.', 'proposed'],
    ['Superseded by [12. X](0012-x.md)', 'superseded'],
    ['Superceded by ADR 12', 'superseded'],
    ['Rejected in favour of ADR 111', 'rejected'],
    ['accepted; supersedes ADR-0045', 'accepted'],
    ['proposé', 'proposed'],
    ['Reverted', 'deprecated'],
  ])('maps %s to %s', (written, status) => {
    expect(adrStatusForWord(written)).toBe(status);
  });

  it('maps no word it does not know', () => {
    expect(adrStatusForWord('Reticulated')).toBeUndefined();
  });
});
