import { RosterSchema, type Roster } from '@handbook/schema';
import { readSourceFile, yamlSyntaxDiagnostics } from './content-file.ts';
import type { Diagnostic } from './diagnostic.ts';
import { report, RULES } from './rules.ts';
import { validateWithSchema } from './validate.ts';
import { parseYamlSource } from './yaml-source.ts';

/** The roster file, relative to the repository root. */
export const ROSTER_FILE = 'content/team.yaml';

/**
 * Reads and validates `content/team.yaml`. Input: the repository root. Output: the roster, or
 * `undefined` with diagnostics when the file is missing, not YAML, or invalid.
 */
export async function readRoster(root: string): Promise<{ roster: Roster | undefined; diagnostics: Diagnostic[] }> {
  const source = await readSourceFile(root, ROSTER_FILE).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (source === undefined) {
    return {
      roster: undefined,
      diagnostics: [report(RULES.missingRoster, { file: ROSTER_FILE, line: 1, column: 1 }, { file: ROSTER_FILE })],
    };
  }
  const yaml = parseYamlSource(source.text, { firstLine: 1, origin: { line: 1, column: 1 } });
  if (yaml.syntaxErrors.length > 0) return { roster: undefined, diagnostics: yamlSyntaxDiagnostics(yaml, source.file) };
  const validated = validateWithSchema(RosterSchema, yaml, source.file);
  return { roster: validated.data, diagnostics: validated.diagnostics };
}
