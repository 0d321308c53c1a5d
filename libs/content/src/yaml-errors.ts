import type { ErrorCode } from 'yaml';

/**
 * The `yaml` package's error codes, plus what only surfaces later: aliases without anchors,
 * alias bombs, and a field indented under the value above (which the parser reports as a colon
 * inside the value of the line before).
 */
export type YamlErrorCode = ErrorCode | 'UNRESOLVED_ALIAS' | 'ALIAS_LIMIT' | 'INDENTED_FIELD';

/** A YAML parser error in words an author can act on. */
export interface YamlProblem {
  reason: string;
  fix: string;
}

/**
 * What each `yaml` error code means in front matter, and its fix. Codes not listed keep the
 * parser's own words with a general fix. Source of the codes: the `yaml` package's `ErrorCode`.
 */
const PROBLEMS: Partial<Record<YamlErrorCode, YamlProblem>> = {
  INDENTED_FIELD: {
    reason: 'this line is indented, so YAML reads it as part of the value above rather than as a field',
    fix: 'Start the field at the beginning of the line, like the others.',
  },
  BLOCK_AS_IMPLICIT_KEY: {
    reason: 'a value holds a colon followed by a space, which YAML reads as the start of another field',
    fix: 'Put the whole value in double quotes, such as title: "Redis: move to BullMQ".',
  },
  MULTILINE_IMPLICIT_KEY: {
    reason: 'this line is neither a field (name: value) nor a list item under one',
    fix: 'Start each field at the beginning of a line as name: value, and indent list items under their field as "  - item".',
  },
  TAB_AS_INDENT: {
    reason: 'this line is indented with a tab',
    fix: 'Indent with spaces (two per level): YAML does not allow tabs for indentation.',
  },
  DUPLICATE_KEY: {
    reason: 'this field appears a second time',
    fix: 'Keep one of the two lines: each field may appear only once.',
  },
  MISSING_CHAR: {
    reason: 'a quote, bracket or colon is missing',
    fix: 'Close the quote or bracket that opens here, or remove it.',
  },
  BAD_INDENT: {
    reason: 'a list or map is not closed, or a line is not indented under its field',
    fix: 'Close the bracket ] or } on the same line, or indent the lines below a field by two spaces.',
  },
  UNEXPECTED_TOKEN: {
    reason: 'there is text after a complete value',
    fix: 'Put the whole value in double quotes, or remove the text after it.',
  },
  BAD_DQ_ESCAPE: {
    reason: 'a backslash in a double-quoted value starts an escape YAML does not know',
    fix: 'Double the backslash (\\\\), or use single quotes around the value.',
  },
  MULTIPLE_DOCS: {
    reason: 'a second YAML document starts here (a line of ---)',
    fix: 'Remove the extra --- line: front matter is one block between the first two --- lines.',
  },
  UNRESOLVED_ALIAS: {
    reason: 'an alias (*name) refers to no anchor (&name)',
    fix: 'Write the value itself: front matter needs no anchors or aliases.',
  },
  ALIAS_LIMIT: {
    reason: 'aliases expand to more values than the reader allows',
    fix: 'Write the values themselves: front matter needs no anchors or aliases.',
  },
};

/** The general fix for a YAML error without a specific one. */
const GENERAL_FIX = 'Correct the YAML at this position; check quotes, colons and indentation against the lines around it.';

/**
 * An author's reading of a `yaml` parse error. Input: the error code (or the two conversion
 * failures) and the parser's message. Output: the reason and the fix.
 */
export function describeYamlError(code: YamlErrorCode, parserMessage: string): YamlProblem {
  if (code === 'MISSING_CHAR' && /quote/.test(parserMessage)) {
    return { reason: 'a quoted value is never closed', fix: 'Close the quote at the end of the value, or remove the opening quote.' };
  }
  return PROBLEMS[code] ?? { reason: parserMessage.replace(/\.$/, ''), fix: GENERAL_FIX };
}

/** The character that opens what an unclosed-quote or unclosed-bracket error is about. */
function opener(code: ErrorCode, parserMessage: string): string | undefined {
  if (code === 'MISSING_CHAR') return /"/.test(parserMessage) ? '"' : /'/.test(parserMessage) ? "'" : undefined;
  if (code === 'BAD_INDENT') return /Flow sequence/.test(parserMessage) ? '[' : /Flow map/.test(parserMessage) ? '{' : undefined;
  return undefined;
}

/**
 * A parser error as the author should see it: the code, refined where the parser's code
 * misleads, and the offset where the mistake starts. An unclosed quote or bracket is reported
 * where the parser gave up (often the next field), so the opening character is shown instead; a
 * "colon inside a value" with no colon on its own line is really the next line indented under it.
 */
export function locateYamlError(source: string, code: ErrorCode, parserMessage: string, offset: number): { code: YamlErrorCode; offset: number } {
  if (code === 'BLOCK_AS_IMPLICIT_KEY') {
    const lineEnd = source.indexOf('\n', offset);
    if (lineEnd !== -1 && !/: |:$/.test(source.slice(offset, lineEnd))) {
      const indented = /^[ \t]+/.exec(source.slice(lineEnd + 1))?.[0].length ?? 0;
      return { code: 'INDENTED_FIELD', offset: lineEnd + 1 + indented };
    }
  }
  const character = opener(code, parserMessage);
  const found = character === undefined ? -1 : source.lastIndexOf(character, Math.max(0, offset - 1));
  return { code, offset: found === -1 ? offset : found };
}
