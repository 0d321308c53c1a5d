import path from 'node:path';
import { DECIDERS_NOT_RECORDED, type AdrStatus } from '@handbook/schema';
import { stringify } from 'yaml';
import { slugify } from '../slug.ts';
import type { SourceFile } from './find-sources.ts';
import { notImported, type PlannedFile } from './planned-file.ts';
import { readForeignAdr, type ForeignAdr } from './read-foreign-adr.ts';
import { describeLinkChange, resolveInFolder, rewriteLinks } from './rewrite-links.ts';

/** A person of the roster, as deciders are matched against them. */
interface RosterPerson {
  id: string;
  name: string;
}

/** What the plan starts from. */
export interface ImportInput {
  sources: readonly SourceFile[];
  /** Numbers already used in the target log: an imported record never takes one. */
  takenNumbers: readonly number[];
  people: readonly RosterPerson[];
  /** The folder records are written to, relative to the repository root (`adr`, `adr/platform`). */
  folder: string;
  /** The decision log the records join (`platform` for `adr/platform/`); absent for the main log. */
  log: string | undefined;
}

/** A record read, with the number and id it gets. */
interface Placed {
  source: SourceFile;
  adr: ForeignAdr;
  number: number;
  /** The file name without `.md` (`0005-x`). */
  name: string;
  /** The id other records use: the name, after the log when there is one (`platform/0005-x`). */
  id: string;
  title: string;
  guesses: string[];
}

/** Gives each record its number: the one its name has while free, else the next free one after all. */
function place(
  records: readonly { source: SourceFile; adr: ForeignAdr }[],
  taken: readonly number[],
  log: string | undefined,
): Placed[] {
  const used = new Set(taken);
  const order = [...records].sort(
    (a, b) =>
      (a.source.number ?? Infinity) - (b.source.number ?? Infinity) ||
      (a.source.dateInName ?? '').localeCompare(b.source.dateInName ?? '') ||
      a.source.file.localeCompare(b.source.file),
  );
  const keep = new Set<SourceFile>();
  for (const { source } of order) {
    if (source.number !== undefined && source.number <= 9999 && !used.has(source.number)) {
      used.add(source.number);
      keep.add(source);
    }
  }
  let next = Math.max(0, ...used) + 1;
  return order.map(({ source, adr }) => {
    const guesses: string[] = [];
    let number = source.number ?? 0;
    if (!keep.has(source)) {
      number = next++;
      guesses.push(
        source.number === undefined
          ? `numbered ${number}: its name has no number`
          : `numbered ${number}: ${source.number} is taken by another record`,
      );
    }
    const fromName = source.words.replace(/[-_]+/g, ' ').trim();
    const title = adr.title?.text ?? fromName;
    if (adr.title === undefined)
      guesses.push(`title "${title}" taken from the file name: the record has no title or heading`);
    const slug = slugify(source.words) || slugify(title) || 'untitled';
    return {
      source,
      adr,
      number,
      name: `${String(number).padStart(4, '0')}-${slug}`,
      id: `${log === undefined ? '' : `${log}/`}${String(number).padStart(4, '0')}-${slug}`,
      title,
      guesses,
    };
  });
}

/** Finds a record by a path below the imported folder, case ignored. */
function byPath(placed: readonly Placed[]): (file: string) => Placed | undefined {
  const index = new Map(placed.map((record) => [record.source.file.toLowerCase(), record]));
  return (file) => index.get(file.toLowerCase());
}

/** The record a status names: by its links, else by a number unique among the records of the same folder. */
function statusTarget(
  record: Placed,
  find: (file: string) => Placed | undefined,
  placed: readonly Placed[],
): Placed | undefined {
  for (const url of record.adr.statusLinks.urls) {
    const resolved = resolveInFolder(url, record.source.file);
    if (resolved === 'outside') continue;
    const found = find(resolved.target) ?? find(`${resolved.target}.md`);
    if (found !== undefined) return found;
  }
  const folder = path.posix.dirname(record.source.file);
  for (const number of record.adr.statusLinks.numbers) {
    const matches = placed.filter(
      (other) => other.source.number === number && path.posix.dirname(other.source.file) === folder,
    );
    if (matches.length === 1) return matches[0];
  }
  return undefined;
}

/** Matches a decider as written ("Jane Doe", "@jdoe", "jdoe") to a roster person by id or name, case ignored. */
function matchPerson(people: readonly RosterPerson[], written: string): string | undefined {
  const key = written.toLowerCase();
  return people.find((person) => person.id === key || person.name.toLowerCase() === key)?.id;
}

/**
 * Plans the import of another team's ADR folder: every source file once, each record with the
 * file it becomes. Numbers follow the source's file names where free; titles, statuses, dates
 * and deciders come from where the source wrote them (see {@link readForeignAdr}); supersession
 * is written on both ends when its target is among the records, and left as "not stated" with
 * the source's words kept otherwise; deciders who match no roster person are kept as text under
 * `imported.deciders`, never invented. Writes nothing.
 */
export function planImport(input: ImportInput): PlannedFile[] {
  const records = input.sources.flatMap((source) =>
    source.kind === 'record' && source.text !== undefined
      ? [{ source, adr: readForeignAdr(source.text, source.number) }]
      : [],
  );
  const placed = place(records, input.takenNumbers, input.log);
  const find = byPath(placed);
  const superseded = new Map<Placed, Placed>();
  const related = new Map<Placed, Placed[]>();
  for (const record of placed) {
    const target = statusTarget(record, find, placed);
    if (target === undefined || target === record) continue;
    if (record.adr.status?.mapped === 'superseded' && !record.adr.status.partial)
      superseded.set(record, target);
    else related.set(record, [target]);
  }
  const supersedes = new Map<Placed, Placed[]>();
  for (const [old, replacement] of superseded)
    supersedes.set(replacement, [...(supersedes.get(replacement) ?? []), old]);

  const planned = new Map<SourceFile, PlannedFile>();
  for (const record of placed) {
    const { adr, guesses } = record;
    const reasons = [...guesses];
    const imported: Record<string, unknown> = { from: record.source.file };
    let status: AdrStatus | undefined = adr.status?.mapped;
    if (adr.status !== undefined) {
      const written = adr.status.text;
      const firstWord = written.toLowerCase().match(/[a-z]+/)?.[0];
      const ourWord = firstWord === status;
      if (!ourWord) imported.status = written;
      if (status === 'superseded' && adr.status.partial) {
        status = undefined;
        reasons.push(`status not stated: "${written}" says only part of the record was superseded`);
      } else if (status === 'superseded' && !superseded.has(record)) {
        status = undefined;
        reasons.push(
          `status not stated: "${written}" names no record among those imported, or more than one`,
        );
      } else if (status === undefined)
        reasons.push(`status not stated: "${written}" is not a status word this handbook knows`);
      else if (!ourWord)
        reasons.push(`status ${status}, read from "${written}" (${adr.status.from})`);
    }
    if (
      adr.date !== undefined &&
      (adr.date.from !== 'front matter' || adr.date.form !== 'YYYY-MM-DD')
    ) {
      imported.date = `${adr.date.from === 'changelog' ? 'earliest changelog entry' : adr.date.from}, written ${adr.date.form}`;
      if (adr.date.from === 'changelog')
        reasons.push(`date ${adr.date.date} is the earliest changelog entry`);
    }
    const date = adr.date?.date ?? record.source.dateInName;
    if (adr.date === undefined && record.source.dateInName !== undefined)
      imported.date = 'file name';
    if (date === undefined)
      reasons.push('date not stated: the record gives none (its repository history may)');
    const named = adr.deciders.map((written) => ({
      written,
      id: matchPerson(input.people, written),
    }));
    const unmatched = named
      .filter((person) => person.id === undefined)
      .map((person) => person.written);
    if (unmatched.length > 0) {
      imported.deciders = unmatched;
      reasons.push(
        `deciders kept as text, matching no one in content/team.yaml: ${unmatched.join(', ')}`,
      );
    }
    const ids = [
      ...new Set(named.flatMap((person) => (person.id === undefined ? [] : [person.id]))),
    ];
    const renamed = (file: string) => {
      const found = find(file);
      return found === undefined ? undefined : `${found.name}.md`;
    };
    const links = rewriteLinks(adr.body, record.source.file, renamed);
    reasons.push(...links.changes.map(describeLinkChange));
    const fields: Record<string, unknown> = {
      title: record.title,
      ...(status === undefined ? {} : { status }),
      ...(date === undefined ? {} : { date }),
      'decision-makers':
        ids.length > 0
          ? ids
          : status === undefined || status === 'proposed'
            ? []
            : DECIDERS_NOT_RECORDED,
      ...(adr.tags.length > 0 && adr.tags.every((tag) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(tag))
        ? { tags: adr.tags }
        : {}),
      ...(supersedes.has(record)
        ? { supersedes: (supersedes.get(record) ?? []).map((old) => old.id) }
        : {}),
      ...(superseded.has(record) ? { 'superseded-by': superseded.get(record)?.id } : {}),
      ...(related.has(record)
        ? { related: (related.get(record) ?? []).map((other) => other.id) }
        : {}),
      imported,
    };
    if (fields['decision-makers'] === DECIDERS_NOT_RECORDED) reasons.push('deciders not recorded');
    const guessed =
      guesses.length > 0 ||
      imported.status !== undefined ||
      (adr.status !== undefined && status === undefined) ||
      adr.date?.from === 'changelog' ||
      unmatched.length > 0;
    planned.set(record.source, {
      source: record.source.file,
      record: true,
      target: `${input.folder}/${record.name}.md`,
      outcome: guessed ? 'imported-with-guesses' : 'imported',
      reasons,
      text: `---\n${stringify(fields, { lineWidth: 0 })}---\n\n${links.body.replace(/\s*$/, '\n')}`,
    });
  }
  return input.sources.map((source) => planned.get(source) ?? notImported(source));
}
