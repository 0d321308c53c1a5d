import { failsBuild, type Diagnostic, type Repository } from '@handbook/content';
import { hrefFor } from '@handbook/schema';
import { z } from 'astro/zod';

/** One content problem as a page shows it: where, how bad, what is wrong and the fix. */
const ProblemSchema = z.object({
  line: z.number(),
  column: z.number(),
  severity: z.enum(['error', 'warning']),
  /** Whether the problem would stop a strict build (`failsBuild`). */
  blocking: z.boolean(),
  rule: z.string(),
  message: z.string(),
  fix: z.string(),
});

/**
 * One file's problems, for `/problems/` and for the page of an entry that could not be built:
 * the file (repository-relative), the page its entry has or would have (absent for files that
 * are no entry, such as `content/team.yaml` or a misnamed file), whether that page was
 * published, and each problem in line order.
 */
export const FileProblemsSchema = z.object({
  file: z.string(),
  href: z.string().optional(),
  published: z.boolean(),
  problems: z.array(ProblemSchema),
});

/** See {@link FileProblemsSchema}. */
export type FileProblems = z.output<typeof FileProblemsSchema>;

/**
 * Groups a repository's diagnostics by file. Input: the repository as read (valid or not).
 * Output: one {@link FileProblems} per file with any diagnostic, in file order; a listed file
 * whose entry is not valid gets its page's address with `published: false`.
 */
export function problemsByFile(repository: Repository): FileProblems[] {
  const valid = new Set(Object.entries(repository.entries).flatMap(([type, entries]) => entries.map((entry) => `${type}:${entry.id}`)));
  const listedByFile = new Map(repository.files.map((listed) => [listed.file, listed]));
  const byFile = new Map<string, Diagnostic[]>();
  for (const diagnostic of repository.diagnostics) byFile.set(diagnostic.file, [...(byFile.get(diagnostic.file) ?? []), diagnostic]);
  return [...byFile].map(([file, diagnostics]) => {
    const listed = listedByFile.get(file);
    return {
      file,
      ...(listed === undefined ? {} : { href: hrefFor(listed.type, listed.id) }),
      published: listed !== undefined && valid.has(`${listed.type}:${listed.id}`),
      problems: diagnostics.map((diagnostic) => ({
        line: diagnostic.line,
        column: diagnostic.column,
        severity: diagnostic.severity,
        blocking: failsBuild(diagnostic),
        rule: diagnostic.rule,
        message: diagnostic.message,
        fix: diagnostic.fix,
      })),
    };
  });
}
