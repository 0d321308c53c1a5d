import { NOT_STATED_IN_RECORD } from '@handbook/schema';
import { stringify } from 'yaml';
import { slugify } from '../slug.ts';
import type { SourceFile } from './find-sources.ts';
import { notImported, type PlannedFile } from './planned-file.ts';
import { readForeignPostmortem, type ForeignPostmortem } from './read-foreign-postmortem.ts';
import { describeLinkChange, rewriteLinks } from './rewrite-links.ts';

/** An instant `minutes` after `start` (`YYYY-MM-DDTHH:MM:00±HH:MM`), in the same offset. */
function after(start: string, minutes: number, offset: string): string {
  const sign = offset.startsWith('-') ? -1 : 1;
  const [hours = 0, mins = 0] = offset.slice(1).split(':').map(Number);
  const local = new Date(Date.parse(start) + (minutes + sign * (hours * 60 + mins)) * 60_000);
  return `${local.toISOString().slice(0, 16)}:00${offset}`;
}

/** The times a postmortem states, as our fields, and how they were read. */
function timesOf(record: ForeignPostmortem): {
  fields: Record<string, string>;
  how: string | undefined;
  reasons: string[];
} {
  const { firstEvent, zone } = record;
  const unknown = {
    started: NOT_STATED_IN_RECORD,
    detected: NOT_STATED_IN_RECORD,
    resolved: NOT_STATED_IN_RECORD,
  };
  if (firstEvent?.time === undefined || zone === undefined) {
    const why =
      firstEvent === undefined
        ? 'the timeline has no dated row'
        : zone === undefined
          ? 'the record names no time zone'
          : 'its first timeline row has no time';
    return {
      fields: unknown,
      how: undefined,
      reasons: [`started, detected and resolved not stated: ${why}`],
    };
  }
  const started = `${firstEvent.day}T${firstEvent.time}:00${zone.offset}`;
  const reasons: string[] = [];
  if (record.timeToDetectMinutes === undefined)
    reasons.push('detected not stated: the record gives no time to detection');
  if (record.timeToRecoverMinutes === undefined)
    reasons.push('resolved not stated: the record gives no time to recovery');
  return {
    fields: {
      started,
      detected:
        record.timeToDetectMinutes === undefined
          ? NOT_STATED_IN_RECORD
          : after(started, record.timeToDetectMinutes, zone.offset),
      resolved:
        record.timeToRecoverMinutes === undefined
          ? NOT_STATED_IN_RECORD
          : after(started, record.timeToRecoverMinutes, zone.offset),
    },
    how: `times in ${zone.name} (${zone.offset}) as the record states; started is the first timeline row, detected and resolved add its stated time to detection and to recovery`,
    reasons,
  };
}

/**
 * Plans the import of another team's postmortem folder into `folder` (`incidents`): every source
 * file once. Each record becomes `YYYY-MM-DD-slug.md`, dated by its first timeline row; a
 * record with no date anywhere in its timeline is not imported (its file name needs the day).
 * Severity words are mapped with the mapping kept in `imported.severity`; times are read in the
 * zone the record states, never assumed; whatever is not stated is written `unknown`. Action
 * items stay in the body: the source gives them no owner or due date. Writes nothing.
 */
export function planPostmortemImport(
  sources: readonly SourceFile[],
  folder: string,
): PlannedFile[] {
  const ids = new Map<SourceFile, string>();
  const read = new Map<SourceFile, ForeignPostmortem>();
  const used = new Set<string>();
  for (const source of sources) {
    if (source.kind !== 'record' || source.text === undefined) continue;
    const record = readForeignPostmortem(source.text);
    read.set(source, record);
    if (record.firstEvent === undefined) continue;
    const slug = slugify(source.words) || slugify(record.title ?? '') || 'incident';
    let id = `${record.firstEvent.day}-${slug}`;
    for (let suffix = 2; used.has(id); suffix += 1)
      id = `${record.firstEvent.day}-${slug}-${suffix}`;
    used.add(id);
    ids.set(source, id);
  }
  const byPath = new Map([...ids].map(([source, id]) => [source.file.toLowerCase(), `${id}.md`]));
  return sources.map((source): PlannedFile => {
    const record = read.get(source);
    const id = ids.get(source);
    if (record === undefined) return notImported(source);
    if (id === undefined)
      return {
        source: source.file,
        record: true,
        target: null,
        outcome: 'not-imported',
        reasons: [
          'no dated timeline row: a postmortem file is named by the day its incident started, and the record states none',
        ],
      };
    const times = timesOf(record);
    const reasons = [...times.reasons];
    const imported: Record<string, string> = { from: source.file };
    const severity = record.severity?.mapped ?? NOT_STATED_IN_RECORD;
    if (record.severity !== undefined)
      imported.severity =
        record.severity.mapped === undefined
          ? record.severity.text
          : `${record.severity.text} → ${record.severity.mapped}`;
    reasons.push(
      record.severity === undefined
        ? 'severity not stated'
        : record.severity.mapped === undefined
          ? `severity not stated: "${record.severity.text}" maps to no level`
          : `severity ${record.severity.mapped}, read from "${record.severity.text}"`,
    );
    if (times.how !== undefined) imported.times = times.how;
    if (record.actionItems > 0)
      reasons.push(
        `${record.actionItems} action item${record.actionItems === 1 ? '' : 's'} left in the body: the record names no owner or due date for them`,
      );
    const title = record.title ?? source.words.replace(/[-_]+/g, ' ').trim();
    if (record.title === undefined) reasons.push(`title "${title}" taken from the file name`);
    const links = rewriteLinks(record.body, source.file, (file) => byPath.get(file.toLowerCase()));
    reasons.push(...links.changes.map(describeLinkChange));
    const fields = { title, severity, status: 'resolved', ...times.fields, imported };
    return {
      source: source.file,
      record: true,
      target: `${folder}/${id}.md`,
      outcome: 'imported-with-guesses',
      reasons: [
        'status resolved: the record is a postmortem, written after the incident',
        ...reasons,
      ],
      text: `---\n${stringify(fields, { lineWidth: 0 })}---\n\n${links.body.replace(/\s*$/, '\n')}`,
    };
  });
}
