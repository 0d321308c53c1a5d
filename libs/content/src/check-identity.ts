import { CONTENT_TYPES } from '@handbook/schema';
import type { Diagnostic } from './diagnostic.ts';
import type { ListedFile } from './list-files.ts';
import { report, RULES } from './rules/index.ts';

/**
 * Identity checks over every listed file, valid or not: two files of a numbered type with one
 * number in one log (`0007-a.md` and `0007-b.md`; `handbook/0007-c.md` is another log's), two with
 * one name under different numbers in one log (`0003-a.md` and `0007-a.md`, a warning), and one
 * id used by two files of different types. The later file
 * in path order gets the diagnostic. Input: listed files in path order.
 */
export function checkIdentity(files: readonly ListedFile[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const byNumber = new Map<string, string>();
  const byId = new Map<string, string>();
  const bySlug = new Map<string, string>();
  for (const { type, id, number, log, file } of files) {
    const at = { file, line: 1, column: 1 };
    if (number !== undefined) {
      const key = `${type}:${log ?? ''}:${number}`;
      const other = byNumber.get(key);
      if (other === undefined) byNumber.set(key, file);
      else diagnostics.push(report(RULES.duplicateNumber, at, { label: CONTENT_TYPES[type].label, number, other, file }));
      const name = id.slice(id.lastIndexOf('/') + 1);
      const slug = name.slice(name.indexOf('-') + 1);
      const sameSlug = bySlug.get(`${type}:${log ?? ''}:${slug}`);
      if (sameSlug === undefined) bySlug.set(`${type}:${log ?? ''}:${slug}`, file);
      else if (other === undefined) diagnostics.push(report(RULES.duplicateSlug, at, { slug, other: sameSlug }));
    }
    const other = byId.get(id);
    if (other === undefined) byId.set(id, file);
    else diagnostics.push(report(RULES.duplicateId, at, { id, other }));
  }
  return diagnostics;
}
