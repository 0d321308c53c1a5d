import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { createReadCache, loadRepository } from '../src/index.ts';
import { adr, ADR_BODY, ROSTER, temporaryRepository } from './temporary-repository.ts';

const FRONT = (title: string, extra = '') => `title: ${title}\nstatus: accepted\ndate: 2026-11-16\ndecision-makers: [charles]\n${extra}`;

it('reuses what it parsed for unchanged files and parses again a file whose text changed, with the same findings as a fresh read', async () => {
  const root = await temporaryRepository({
    'content/team.yaml': ROSTER,
    'adr/0001-first.md': adr(FRONT('First')),
    'adr/0002-second.md': adr(FRONT('Second')),
    'adr/0003-third.md': adr(FRONT('Third')),
  });
  const cache = createReadCache();
  const first = await loadRepository(root, { cache });
  expect(first.diagnostics).toEqual([]);

  await writeFile(path.join(root, 'adr/0002-second.md'), adr(FRONT('Second, edited', 'related: [0009-missing]\n'), `${ADR_BODY}\nEdited.\n`));
  await rm(path.join(root, 'adr/0003-third.md'));
  const second = await loadRepository(root, { cache });

  const [unchanged, edited] = second.entries.adr;
  expect(unchanged).toBe(first.entries.adr[0]);
  expect(edited?.data.title).toBe('Second, edited');
  expect(second.entries.adr.map((entry) => entry.id)).toEqual(['0001-first', '0002-second']);
  const fresh = await loadRepository(root);
  expect(second.diagnostics).toEqual(fresh.diagnostics);
  expect(second.diagnostics.map((diagnostic) => diagnostic.rule)).toEqual(['reference/unknown-content']);
});

it('checks an unchanged file again on another day, since review dates fall due', async () => {
  const root = await temporaryRepository({
    'content/team.yaml': ROSTER,
    'adr/0001-first.md': adr(FRONT('First')),
  });
  const cache = createReadCache();
  const before = await loadRepository(root, { cache, today: '2026-11-20' });
  const after = await loadRepository(root, { cache, today: '2026-11-21' });
  expect(after.entries.adr[0]).not.toBe(before.entries.adr[0]);
  expect(after.entries.adr[0]).toEqual(before.entries.adr[0]);
});
