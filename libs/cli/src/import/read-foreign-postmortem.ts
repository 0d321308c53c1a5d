import { parseMarkdownFile } from '@handbook/content';
import type { Severity } from '@handbook/schema';
import type { Heading } from 'mdast';
import { bodyWithoutTitle } from './body-without-title.ts';
import { toString } from 'mdast-util-to-string';

/**
 * UTC offsets of the time zones postmortems name ("All times in CET"), as the abbreviation
 * states them: CET is +01:00 even in summer, where a team may have meant CEST; the importer
 * records which zone it read, so that such a record can be corrected.
 */
const ZONE_OFFSETS: Record<string, string> = {
  UTC: '+00:00',
  GMT: '+00:00',
  Z: '+00:00',
  BST: '+01:00',
  CET: '+01:00',
  CEST: '+02:00',
  EET: '+02:00',
  EEST: '+03:00',
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  PST: '-08:00',
  PDT: '-07:00',
};

/**
 * Severity words other teams write, mapped to our scale (see `SEVERITIES`): a number keeps its
 * level (`Sev 2`, `P1`), and words follow their usual order: critical → SEV1, major/high →
 * SEV2, minor/low → SEV3. The word as written is kept in `imported.severity`.
 */
const SEVERITY_WORDS: readonly (readonly [RegExp, Severity])[] = [
  [/\b(?:sev|p|priority|severity)[\s-]*0\b/i, 'SEV0'],
  [/\b(?:sev|p|priority|severity)[\s-]*1\b/i, 'SEV1'],
  [/\b(?:sev|p|priority|severity)[\s-]*2\b/i, 'SEV2'],
  [/\b(?:sev|p|priority|severity)[\s-]*3\b/i, 'SEV3'],
  [/\bcritical\b/i, 'SEV1'],
  [/\b(?:major|high)\b/i, 'SEV2'],
  [/\b(?:minor|low)\b/i, 'SEV3'],
];

/** A postmortem as another team wrote it: what it states, nothing guessed. */
export interface ForeignPostmortem {
  title: string | undefined;
  /** The severity as written and ours for it, when the record states one. */
  severity: { text: string; mapped: Severity | undefined } | undefined;
  /** The time zone the record names for its timeline, and its offset. */
  zone: { name: string; offset: string } | undefined;
  /** The first dated row of the timeline: its day, and its time (`HH:MM`) when the row gives one. */
  firstEvent: { day: string; time: string | undefined } | undefined;
  /** Stated time to detect and to recover, minutes; absent when the record gives `?`, `N/A` or nothing. */
  timeToDetectMinutes: number | undefined;
  timeToRecoverMinutes: number | undefined;
  /** Bullets under the Action Items heading (kept in the body: they name no owner or due date). */
  actionItems: number;
  /** The Markdown after any front matter, the level-1 title heading removed. */
  body: string;
}

const UNITS: Record<string, number> = { m: 1, h: 60, d: 1440 };

/** Minutes in a stated duration (`84 minutes`, `4 hours 42 minutes`, `11 Days`); `undefined` for `?`, `N/A`, placeholders. */
function readDuration(text: string): number | undefined {
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)\s*(min|m|hour|hr|h|day|d)[a-z]*\b/gi)];
  if (parts.length === 0) return undefined;
  return Math.round(
    parts.reduce(
      (sum, [, amount = '0', unit = 'm']) =>
        sum + Number(amount) * (UNITS[unit[0]?.toLowerCase() ?? 'm'] ?? 1),
      0,
    ),
  );
}

const headingName = (heading: Heading) => toString(heading).trim().toLowerCase();

/**
 * Reads another team's postmortem (the dfds template: Summary, a timeline table, Stats bullets;
 * timelines as bullets with bold times). Input: the file's text. Output: what the record states,
 * see {@link ForeignPostmortem}. Never throws.
 */
export function readForeignPostmortem(source: string): ForeignPostmortem {
  const file = parseMarkdownFile(source.replace(/^\uFEFF/, ''));
  const lines = source.split('\n');
  const headings = file.tree.children.filter((node): node is Heading => node.type === 'heading');
  const h1 = headings.find((heading) => heading.depth === 1);
  const section = (name: RegExp) => {
    const heading = headings.find((candidate) => name.test(headingName(candidate)));
    if (heading?.position === undefined) return [];
    const start = heading.position.end.line;
    const next = headings.find((candidate) => (candidate.position?.start.line ?? 0) > start);
    return lines.slice(start, (next?.position?.start.line ?? lines.length + 1) - 1);
  };
  const timeline = section(/^timeline/);
  const zoneName = timeline
    .map((line) => /\b(UTC|GMT|BST|CEST|CET|EEST|EET|EST|EDT|CST|CDT|PST|PDT)\b/.exec(line)?.[1])
    .find((name) => name !== undefined);
  const firstRow = timeline
    .map((line) => /\b(\d{4}-\d{2}-\d{2})(?:\s+(\d{1,2}):(\d{2}))?/.exec(line))
    .find((match) => match !== null);
  const stats = section(/^stats/);
  const stated = (label: RegExp) => {
    const line = stats.find((candidate) => label.test(candidate));
    return line === undefined
      ? undefined
      : readDuration(
          line
            .replace(/\[\^\d+\]/g, '')
            .split(':')
            .slice(1)
            .join(':'),
        );
  };
  const severityLine = lines
    .map((line) =>
      /^\s*(?:[-*]\s*)?(?:\*\*)?severity(?:\*\*)?\s*:\s*(.+)$/i.exec(line)?.[1]?.trim(),
    )
    .find((found) => found !== undefined);
  return {
    title: h1 === undefined ? undefined : toString(h1).trim() || undefined,
    severity:
      severityLine === undefined
        ? undefined
        : {
            text: severityLine,
            mapped: SEVERITY_WORDS.find(([pattern]) => pattern.test(severityLine))?.[1],
          },
    zone:
      zoneName === undefined
        ? undefined
        : { name: zoneName, offset: ZONE_OFFSETS[zoneName] ?? '+00:00' },
    firstEvent:
      firstRow?.[1] === undefined
        ? undefined
        : {
            day: firstRow[1],
            time:
              firstRow[2] === undefined
                ? undefined
                : `${firstRow[2].padStart(2, '0')}:${firstRow[3]}`,
          },
    timeToDetectMinutes: stated(/time to detect/i),
    timeToRecoverMinutes: stated(/time to (?:recover|restore|resol)/i),
    actionItems: section(/^action items?/).filter((line) => /^\s*(?:[-*]|\d+\.)\s+\S/.test(line))
      .length,
    body: bodyWithoutTitle(lines, file.bodyLine, h1),
  };
}
