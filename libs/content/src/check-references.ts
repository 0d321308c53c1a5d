import { adrReferences, formatFieldPath, type Roster } from '@handbook/schema';
import type { Diagnostic } from './diagnostic.ts';
import type { LocatedAdr } from './read-adrs.ts';
import { report, RULES } from './rules.ts';
import { suggest } from './suggest.ts';

/**
 * Checks every reference the ADRs make: people exist in the roster, ADR ids exist, an ADR does
 * not name itself, and supersession agrees on both ends (A `supersedes` B exactly when B is
 * `superseded-by` A). Also flags two ADRs sharing a number. Person checks are skipped when
 * the roster itself is invalid (`roster` undefined), since its own diagnostics say why.
 * Input: the valid ADRs with positions, the roster. Output: diagnostics, in file order.
 */
export function checkAdrReferences(adrs: readonly LocatedAdr[], roster: Roster | undefined): Diagnostic[] {
  const byId = new Map(adrs.map((adr) => [adr.entry.id, adr.entry]));
  const adrIds = [...byId.keys()];
  const personIds = roster?.people.map((person) => person.id) ?? [];
  const diagnostics: Diagnostic[] = [];

  const fileByNumber = new Map<number, string>();
  for (const { entry } of adrs) {
    const other = fileByNumber.get(entry.number);
    if (other === undefined) fileByNumber.set(entry.number, entry.file);
    else diagnostics.push(report(RULES.duplicateNumber, { file: entry.file, line: 1, column: 1 }, { number: entry.number, other }));
  }

  for (const { entry, yaml } of adrs) {
    for (const reference of adrReferences(entry.data)) {
      const at = { file: entry.file, ...yaml.locate(reference.path) };
      const field = formatFieldPath(reference.path);
      const { id } = reference;
      if (reference.target === 'person') {
        if (roster !== undefined && !personIds.includes(id)) {
          diagnostics.push(report(RULES.unknownPerson, at, { field, id, suggestion: suggest(id, personIds) }));
        }
        continue;
      }
      if (id === entry.id) {
        diagnostics.push(report(RULES.selfReference, at, { field }));
        continue;
      }
      const target = byId.get(id);
      if (target === undefined) {
        diagnostics.push(
          reference.target === 'adr'
            ? report(RULES.unknownAdr, at, { field, id, suggestion: suggest(id, adrIds) })
            : report(RULES.unknownContent, at, { field, id }),
        );
        continue;
      }
      if (reference.path[0] === 'supersedes' && target.data['superseded-by'] !== entry.id) {
        diagnostics.push(report(RULES.supersessionMismatch, at, { field, self: entry.id, other: id, otherField: 'superseded-by' }));
      }
      if (reference.path[0] === 'superseded-by' && !target.data.supersedes.includes(entry.id)) {
        diagnostics.push(report(RULES.supersessionMismatch, at, { field, self: entry.id, other: id, otherField: 'supersedes' }));
      }
    }
  }
  return diagnostics;
}
