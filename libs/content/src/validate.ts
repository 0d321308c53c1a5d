import { formatFieldPath } from '@handbook/schema';
import type { z } from 'zod';
import type { Diagnostic } from './diagnostic.ts';
import { report, RULES } from './rules.ts';
import { suggest } from './suggest.ts';
import type { YamlSource } from './yaml-source.ts';

/** Result of validating one file's data: the parsed value when valid, and every problem found. */
export interface Validated<T> {
  data: T | undefined;
  diagnostics: Diagnostic[];
}

function describeInput(input: unknown): string | undefined {
  if (input === undefined) return undefined;
  if (typeof input === 'string') return `"${input}"`;
  if (typeof input === 'number' || typeof input === 'boolean' || input === null) return String(input);
  return undefined;
}

interface SchemaDefinition {
  type: string;
  shape?: Record<string, { def: SchemaDefinition }>;
  element?: { def: SchemaDefinition };
  innerType?: { def: SchemaDefinition };
}

/** The field names of the object schema found at `path` (through lists, optionals and defaults). */
function allowedKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let definition = schema.def as unknown as SchemaDefinition | undefined;
  const remaining = [...path];
  while (definition !== undefined) {
    if (definition.innerType !== undefined) {
      definition = definition.innerType.def;
    } else if (remaining.length === 0) {
      break;
    } else {
      const segment = remaining.shift();
      definition = typeof segment === 'number' ? definition.element?.def : definition.shape?.[String(segment)]?.def;
    }
  }
  return definition?.shape === undefined ? [] : Object.keys(definition.shape);
}

/**
 * Validates parsed YAML against a zod schema from `@handbook/schema` and turns every zod issue
 * into a {@link Diagnostic} at the exact key it concerns, with the bad value and a fix.
 * Input: the schema, the positioned YAML, the repository-relative file path.
 * Output: the parsed data (or `undefined`) and all diagnostics; never throws a ZodError.
 */
export function validateWithSchema<S extends z.ZodType>(schema: S, yaml: YamlSource, file: string): Validated<z.output<S>> {
  const result = schema.safeParse(yaml.data, { reportInput: true });
  if (result.success) return { data: result.data, diagnostics: [] };
  const diagnostics = result.error.issues.flatMap((issue): Diagnostic[] => {
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeysAt(schema, issue.path);
      return issue.keys.map((key) =>
        report(RULES.unknownField, { file, ...yaml.locate([...issue.path, key]) }, {
          field: formatFieldPath([...issue.path, key]),
          suggestion: suggest(key, allowed),
          allowed,
        }),
      );
    }
    return [
      report(RULES.invalidField, { file, ...yaml.locate(issue.path) }, {
        field: formatFieldPath(issue.path),
        problem: issue.message,
        found: describeInput(issue.input),
      }),
    ];
  });
  return { data: undefined, diagnostics };
}
