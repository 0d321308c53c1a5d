import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { ListedFile } from '../src/list-files.ts';
import { readContentSource } from '../src/read-entry.ts';
import { EXAMPLE_BASE } from '../src/rules/examples.ts';
import { decodeSource } from '../src/source-file.ts';

/**
 * Inputs per run: 1,000 by default (seven in ten mutations of valid files, the rest raw random
 * bytes), `FUZZ_RUNS=100000 npx vitest run test/fuzz.test.ts` for a long run. A failure prints
 * fast-check's seed and path, which replay it, and the shrunk input.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const MUTATED_RUNS = Math.round(RUNS * 0.7);
const RANDOM_RUNS = RUNS - MUTATED_RUNS;

const ADR: ListedFile = { type: 'adr', id: '0001-run-on-kubernetes', number: 1, file: 'adr/0001-run-on-kubernetes.md' };
const SCORECARD: ListedFile = { type: 'scorecard', id: '2026-11-16', file: 'scorecards/2026-11-16.json' };
const VALID_ADR = EXAMPLE_BASE[ADR.file] as string;
const VALID_SCORECARD = '{\n  "source": "offsite",\n  "maturity-stage": "foundation",\n  "open-roles": 2\n}\n';

/** Pieces that mean something to YAML, JSON, Markdown or HTML, to splice into valid files. */
const TOKENS = [
  '---', '\n', '\r\n', '\t', ': ', '- ', '*a', '&a ', '!!binary ', '%YAML 1.1\n', '? ', '|', '>', '"', "'", '[', ']', '{', '}', ',', '#',
  '<script>', '<img src=x onerror=alert(1)>', '](javascript:alert(1))', '<!--', '```', '> ', '1. ', '* ', '\\', '&#106;', '\uFEFF', '\uFFFD', '\u2028', '😀',
];

const edit = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ unit: 'binary', maxLength: 20 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 40 }) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.nat({ max: 40 }), times: fc.integer({ min: 2, max: 50 }) }),
);

/** `text` with the edits applied, each at its offset modulo the current length. */
function mutate(text: string, edits: readonly fc.Arbitrary<unknown>[] | readonly { kind: string; at: number; text?: string; length?: number; times?: number }[]): string {
  let result = text;
  for (const change of edits as { kind: string; at: number; text?: string; length?: number; times?: number }[]) {
    const at = change.at % (result.length + 1);
    if (change.kind === 'insert') result = result.slice(0, at) + (change.text ?? '') + result.slice(at);
    else if (change.kind === 'delete') result = result.slice(0, at) + result.slice(at + (change.length ?? 0));
    else result = result.slice(0, at) + result.slice(at, at + (change.length ?? 0)).repeat(change.times ?? 1) + result.slice(at);
  }
  return result;
}

/** Reads `bytes` as `listed` and checks the reader's promise: no throw, every line inside the file. */
function readsWithinBounds(listed: ListedFile, bytes: Uint8Array): void {
  const decoded = decodeSource(listed.file, bytes);
  const diagnostics = [...decoded.diagnostics, ...(decoded.source === undefined ? [] : readContentSource(listed, decoded.source, '2026-11-24').diagnostics)];
  // Lines as editors and CommonMark count them: a lone carriage return also ends a line.
  const lines = decoded.source === undefined ? 1 : decoded.source.text.split(/\r\n|\r|\n/).length;
  for (const diagnostic of diagnostics) {
    expect(diagnostic.line).toBeGreaterThanOrEqual(1);
    expect(diagnostic.line).toBeLessThanOrEqual(lines);
    expect(diagnostic.column).toBeGreaterThanOrEqual(1);
    expect(diagnostic.file).toBe(listed.file);
  }
}

const encoder = new TextEncoder();

it(`reads ${MUTATED_RUNS} mutated files and ${RANDOM_RUNS} random byte strings without a throw, every diagnostic inside its file`, () => {
  const start = performance.now();
  fc.assert(
    fc.property(fc.boolean(), fc.array(edit, { minLength: 1, maxLength: 8 }), (asAdr, edits) => {
      const [listed, valid] = asAdr ? [ADR, VALID_ADR] : [SCORECARD, VALID_SCORECARD];
      readsWithinBounds(listed, encoder.encode(mutate(valid, edits)));
    }),
    { numRuns: MUTATED_RUNS, verbose: true },
  );
  fc.assert(
    fc.property(fc.boolean(), fc.uint8Array({ maxLength: 2048 }), (asAdr, bytes) => readsWithinBounds(asAdr ? ADR : SCORECARD, bytes)),
    { numRuns: RANDOM_RUNS, verbose: true },
  );
  console.log(`fuzz: ${MUTATED_RUNS + RANDOM_RUNS} inputs read in ${((performance.now() - start) / 1000).toFixed(1)} s`);
}, 600_000);
