import type { Diagnostic, Severity } from '../diagnostic.ts';
import type { RuleId } from './index.ts';

/** The content of one example file: text, raw bytes, or a symbolic link to a path. */
export type ExampleFile = string | Uint8Array | { symlinkTo: string };

/**
 * Files laid over the example base repository (`EXAMPLE_BASE`) to show a rule: repository-relative
 * path → content, or `null` to remove a base file. The tests write each set into a temporary
 * repository and read it with `loadRepository`.
 */
export type ExampleFiles = Readonly<Record<string, ExampleFile | null>>;

/** A rule of the content reader: its permanent id, how it reads, and an example either side of it. */
export interface Rule<Args, Id extends string = string> {
  /** Permanent id `family/name`, printed with every diagnostic; never renamed once released. */
  id: Id;
  severity: Severity;
  /** One sentence on what the rule checks, for its documentation page. */
  summary: string;
  /** What happened, naming the field and the bad value. */
  message: (args: Args) => string;
  /** What to do about it. */
  fix: (args: Args) => string;
  /**
   * `ok` lays out files this rule accepts; `notOk` files it reports at least once. Tests run
   * both, and the handbook's rule pages show them.
   */
  examples: { ok: ExampleFiles; notOk: ExampleFiles };
}

/** Declares a rule: `rule<Args>()({ id, … })`, so that the id keeps its literal type. */
export const rule =
  <Args,>() =>
  <const Id extends string>(definition: Rule<Args, Id>): Rule<Args, Id> =>
    definition;

/** "an ADR", "a postmortem": the indefinite article for a content type's label. */
export function withArticle(label: string): string {
  return /^[aeiou]|^ADR/i.test(label) ? `an ${label}` : `a ${label}`;
}

type Located = Pick<Diagnostic, 'file' | 'line' | 'column'>;

/** Builds a diagnostic for a catalog rule at a position. */
export function report<Args>(rule: Rule<Args, RuleId>, at: Located, args: Args): Diagnostic {
  return { ...at, severity: rule.severity, rule: rule.id, message: rule.message(args), fix: rule.fix(args) };
}
