/**
 * The exit codes of every `handbook` command, as CI reads them (the same meaning as ESLint's):
 * 0 nothing to fix, 1 problems found in the content, 2 the command could not do its job
 * (unknown option, bad argument, a file it must not overwrite, an internal failure).
 */
export const EXIT = {
  ok: 0,
  problems: 1,
  usage: 2,
} as const;

/** One of {@link EXIT}'s values. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A mistake in how the command was called, or a request it refuses; printed without a stack trace, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
