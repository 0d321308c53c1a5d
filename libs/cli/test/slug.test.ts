import { expect, it } from 'vitest';
import { slugify } from '../src/slug.ts';

it('makes a lower-case kebab slug of a title, accents removed', () => {
  expect(slugify('Move Redis queues: to BullMQ')).toBe('move-redis-queues-to-bullmq');
  expect(slugify('Ünïcode débt — café')).toBe('unicode-debt-cafe');
  expect(slugify('!!!')).toBe('');
});

it('cuts a long title at a whole word of at most 60 characters, never on a filler word', () => {
  const slug = slugify('Keep PostgreSQL in place while the rest-db migration is blocked for good');
  expect(slug).toBe('keep-postgresql-in-place-while-the-rest-db-migration');
  expect(slug.length).toBeLessThanOrEqual(60);
  expect(slugify('Absorb the SaaS.Group engineers knowledge before any resourcing change')).toBe(
    'absorb-the-saas-group-engineers-knowledge-before',
  );
});

it('ends on a whole word when the cut falls on the first letter of the next one', () => {
  const title = `${'abcd '.repeat(12)}efgh`;
  expect(slugify(title)).toBe(
    Array.from({ length: 12 }, () => 'abcd')
      .join('-')
      .slice(0, 59),
  );
});
