import { copyFile, mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CONTENT_TYPES } from '@handbook/schema';

/** How many entries of each type a generated repository holds. */
export interface RepositorySize {
  adrs: number;
  incidents: number;
  debtItems: number;
  /**
   * How the ADRs are written: `handbook` (our template's sections) or `madr` (MADR 4 as
   * ../shared/bench's generator writes them: an H1, Context and Problem Statement, Decision
   * Drivers, Considered Options, Decision Outcome with ### Consequences, a table, a code block,
   * links to two other ADRs). `handbook` when absent.
   */
  adrShape?: 'handbook' | 'madr';
}

const WORDS = (
  'the service queue cluster migration latency customers deploy rollback capacity budget team review alert ' +
  'database replica storage region network traffic cost owner decision option risk effort platform worker ' +
  'render report dashboard billing integration metric target incident restore monitor scale load test release'
).split(' ');

/** Deterministic filler prose: `count` words in sentences of eight to fifteen words, seeded by `seed`. */
function prose(count: number, seed: number): string {
  const words: string[] = [];
  let state = seed;
  let sentence = 0;
  for (let index = 0; index < count; index += 1) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    const word = WORDS[state % WORDS.length] ?? 'the';
    words.push(sentence === 0 ? `${word[0]?.toUpperCase()}${word.slice(1)}` : word);
    sentence += 1;
    if (sentence >= 8 + (state % 8)) {
      words[words.length - 1] += '.';
      sentence = 0;
    }
  }
  return `${words.join(' ')}.`;
}

const id4 = (number: number) => String(number).padStart(4, '0');
const day = (number: number) =>
  `2026-${String((number % 12) + 1).padStart(2, '0')}-${String((number % 28) + 1).padStart(2, '0')}`;

/** An ADR of about 600 words in MADR sections, with a table and a link to another ADR; one in ten superseded. */
function adr(number: number, count: number): { name: string; text: string } {
  const superseded = number % 10 === 1 && number < count;
  const frontmatter = [
    `title: Decision number ${number}`,
    `status: ${superseded ? 'superseded' : number % 7 === 0 ? 'proposed' : 'accepted'}`,
    `date: ${day(number)}`,
    'decision-makers:\n  - charles\n  - peter-cipov',
    'consulted:\n  - mark-kubatov',
    'tags:\n  - infrastructure',
    superseded ? `superseded-by: ${id4(number + 1)}-decision-number-${number + 1}` : '',
    number % 10 === 2 ? `supersedes:\n  - ${id4(number - 1)}-decision-number-${number - 1}` : '',
  ].filter(Boolean);
  const link =
    number > 1
      ? `See [ADR ${id4(number - 1)}](${id4(number - 1)}-decision-number-${number - 1}.md).`
      : '';
  const body = `## Context\n\n${prose(220, number)} ${link}\n\n## Options Considered\n\n| Option | Pros | Cons | Effort |\n|---|---|---|---|\n| Managed | ${prose(8, number + 1)} | ${prose(8, number + 2)} | L |\n| Automate | ${prose(8, number + 3)} | ${prose(8, number + 4)} | M |\n| Do nothing | No effort | Nothing improves | — |\n\n## Decision\n\n${prose(160, number + 5)}\n\n## Consequences\n\n- ${prose(60, number + 6)}\n- ${prose(60, number + 7)}\n- ${prose(40, number + 8)}\n`;
  return {
    name: `${id4(number)}-decision-number-${number}.md`,
    text: `---\n${frontmatter.join('\n')}\n---\n\n${body}`,
  };
}

/** An ADR of about 600 words in MADR 4's own sections, as ../shared/bench's corpus has them. */
function madrAdr(number: number, count: number): { name: string; text: string } {
  const title = `Decision number ${number}`;
  const other = (offset: number) => ((number + offset - 1) % count) + 1;
  const linkTo = (target: number) =>
    `[ADR-${id4(target)}: Decision number ${target}](./${id4(target)}-decision-number-${target}.md)`;
  const frontmatter = [
    `title: "${title}"`,
    `status: ${number % 7 === 0 ? 'proposed' : 'accepted'}`,
    `date: ${day(number)}`,
    'decision-makers: [charles, peter-cipov]',
    'tags: [architecture, backend]',
  ];
  const body = [
    `# ${title}`,
    `## Context and Problem Statement\n\n${prose(120, number)}`,
    `## Decision Drivers\n\n- ${prose(10, number + 1)}\n- ${prose(10, number + 2)}\n- ${prose(10, number + 3)}`,
    '## Considered Options\n\n1. Managed service\n2. Self-hosted\n3. Do nothing',
    `## Decision Outcome\n\nChosen option: "Managed service", because ${prose(60, number + 4)} It relates to ${linkTo(other(21))} and refines ${linkTo(other(220))}.`,
    `### Consequences\n\n- Good, because ${prose(30, number + 5)}\n- Bad, because ${prose(30, number + 6)}`,
    `## Pros and Cons of the Options\n\n| Option | Pros | Cons |\n|---|---|---|\n| Managed service | ${prose(8, number + 7)} | ${prose(8, number + 8)} |\n| Self-hosted | ${prose(8, number + 9)} | ${prose(8, number + 10)} |\n\n\`\`\`yaml\nreplicas: 3\nregion: eu-central\n\`\`\`\n\n${prose(150, number + 11)}`,
  ];
  return {
    name: `${id4(number)}-decision-number-${number}.md`,
    text: `---\n${frontmatter.join('\n')}\n---\n\n${body.join('\n\n')}\n`,
  };
}

/** A postmortem of about 400 words with two action items, the second paying down a debt item. */
function incident(
  number: number,
  { adrs, debtItems }: RepositorySize,
): { name: string; text: string } {
  const date = day(number);
  const frontmatter = `title: Incident number ${number}
severity: SEV${1 + (number % 3)}
status: resolved
started: ${date}T10:00:00+01:00
detected: ${date}T10:${String(number % 50).padStart(2, '0')}:00+01:00
resolved: ${date}T${String(11 + (number % 8)).padStart(2, '0')}:30:00+01:00
customers-affected: ${number % 400}
action-items:
  - action: Alert on it
    owner: peter-cipov
    due: ${date}
    status: done
  - action: Prevent it
    owner: charles
    due: ${date}
    status: open
    debt: debt-item-${(number % debtItems) + 1}
related:
  - ${id4((number % adrs) + 1)}-decision-number-${(number % adrs) + 1}`;
  const body = `## Timeline\n\n- 10:00 ${prose(20, number)}\n- 10:30 ${prose(20, number + 1)}\n\n## Root Cause\n\n${prose(150, number + 2)}\n\n## Impact\n\n${prose(80, number + 3)}\n\n## Lessons Learned\n\n${prose(120, number + 4)}\n`;
  return {
    name: `${date}-incident-number-${number}.md`,
    text: `---\n${frontmatter}\n---\n\n${body}`,
  };
}

/** A debt item of about 150 words with an estimate. */
function debtItem(number: number): { name: string; text: string } {
  const text = `---
title: Debt item ${number}
quadrant: prudent-deliberate
quadrant-reason: Generated for the benchmark.
impact: accumulating
priority: ${['critical', 'high', 'medium', 'low'][number % 4]}
estimated-days: ${(number % 20) + 1}
created: 2026-01-01
---

${prose(150, number)}
`;
  return { name: `debt-item-${number}.md`, text };
}

/**
 * Writes a repository of generated content into a fresh temporary folder: ADRs of about 600
 * words, postmortems of about 400, debt items of about 150, and this repository's roster and
 * scorecard. Output: the folder's path.
 */
export async function generateRepository(
  repositoryRoot: string,
  size: RepositorySize,
): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'handbook-bench-'));
  const write = async (folder: string, files: { name: string; text: string }[]) => {
    await mkdir(path.join(root, folder), { recursive: true });
    await Promise.all(
      files.map(({ name, text }) => writeFile(path.join(root, folder, name), text)),
    );
  };
  const range = (count: number) => Array.from({ length: count }, (_, index) => index + 1);
  await write(
    CONTENT_TYPES.adr.folder,
    range(size.adrs).map((number) => (size.adrShape === 'madr' ? madrAdr : adr)(number, size.adrs)),
  );
  await write(
    CONTENT_TYPES.incident.folder,
    range(size.incidents).map((number) => incident(number, size)),
  );
  await write(CONTENT_TYPES.debt.folder, range(size.debtItems).map(debtItem));
  await mkdir(path.join(root, CONTENT_TYPES.scorecard.folder), { recursive: true });
  await copyFile(
    path.join(repositoryRoot, 'content/team.yaml'),
    path.join(root, 'content/team.yaml'),
  );
  // The organisation's scorecards as they are, whatever their dates.
  const scorecards = path.join(repositoryRoot, CONTENT_TYPES.scorecard.folder);
  for (const file of await readdir(scorecards))
    await copyFile(
      path.join(scorecards, file),
      path.join(root, CONTENT_TYPES.scorecard.folder, file),
    );
  return root;
}
