import { CONTENT_TYPES } from '@handbook/schema';
import type { Diagnostic } from './diagnostic.ts';
import type { ListedFile } from './list-files.ts';
import { report, RULES } from './rules/index.ts';

/** The key two files of a numbered type clash on: type, decision log and number. */
const numberKey = ({ type, log, number }: ListedFile) => `${type}:${log ?? ''}:${String(number)}`;

/** The files of a numbered type whose number another file of the same log also has. Input: listed files. */
export function sharingANumber(files: readonly ListedFile[]): string[] {
  const counts = new Map<string, number>();
  for (const file of files) if (file.number !== undefined) counts.set(numberKey(file), (counts.get(numberKey(file)) ?? 0) + 1);
  return files.filter((file) => file.number !== undefined && (counts.get(numberKey(file)) ?? 0) > 1).map(({ file }) => file);
}

/**
 * Identity checks over every listed file, valid or not: two files of a numbered type with one
 * number in one log (`0007-a.md` and `0007-b.md`; `handbook/0007-c.md` is another log's), two with
 * one name under different numbers in one log (`0003-a.md` and `0007-a.md`, a warning), and one
 * id used by two files of different types. The file added later (`addedAt`, a file absent from
 * it being the newest), else the later in path order, gets the diagnostic. Input: listed files
 * in path order, and when files were added.
 */
export function checkIdentity(listed: readonly ListedFile[], addedAt: ReadonlyMap<string, number> = new Map()): Diagnostic[] {
  const added = (file: string) => addedAt.get(file) ?? Number.POSITIVE_INFINITY;
  const byAdded = (left: ListedFile, right: ListedFile) => {
    const [a, b] = [added(left.file), added(right.file)];
    return a === b ? 0 : a < b ? -1 : 1;
  };
  const files = addedAt.size === 0 ? listed : [...listed].sort(byAdded);
  const diagnostics: Diagnostic[] = [];
  const byNumber = new Map<string, string>();
  const byId = new Map<string, string>();
  const bySlug = new Map<string, string>();
  for (const listedFile of files) {
    const { type, id, number, log, file } = listedFile;
    const at = { file, line: 1, column: 1 };
    if (number !== undefined) {
      const key = numberKey(listedFile);
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
