import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { IsoDateSchema } from '@handbook/schema';

/** What a file of another team's folder is: a record to import, or something that is not one. */
export type SourceKind = 'record' | 'template' | 'index' | 'other';

/** One file of the folder being imported, named relative to that folder (`/`-separated). */
export interface SourceFile {
  file: string;
  kind: SourceKind;
  /** The record's number from its file name (`adr-044-x.md` → 44); absent for date-named records. */
  number: number | undefined;
  /** `YYYY-MM-DD` from a date-named file (log4brains' `20201016-x.md`). */
  dateInName: string | undefined;
  /** The file name's words after its number, slugified by the caller. */
  words: string;
  /** The text, for Markdown files. */
  text: string | undefined;
}

/** Files about a folder rather than a record: indexes, READMEs, a corpus's provenance file. */
const INDEX_NAMES = /^(?:readme|index|source|changelog|license|contributing)(?:\.[a-z]+)?$/i;
/** A template's name: `template.md`, `adr-template.md`, `0000-modele-adr.md` (with no number, or number 0). */
const TEMPLATE_WORD = /template|modele/i;
/** A name whose number is a placeholder: forms' `ADRXXX-x.md`, dfds' `PMyyyy-nnn - x.md`. */
const PLACEHOLDER_NUMBER = /^[a-z]*(?:xxx|yyyy)/i;

/** Whether a file is a template: a placeholder for its number, or the word with no real number (`0039-use-velocity-as-template-engine` is a record). */
const isTemplate = (stem: string, number: number | undefined) =>
  PLACEHOLDER_NUMBER.test(stem) ||
  (TEMPLATE_WORD.test(stem) && (number === undefined || number === 0));
/** Markdown by extension; a file with no extension is Markdown when its text is (dfds keeps one). */
const MARKDOWN_EXTENSION = /\.(?:md|markdown|mdx)$/i;
/** The number (or date) at the start of a record's name, after an optional prefix: `0005-`, `adr-044-`, `ADR001-`, `PM2022-002 - `. */
const NUMBERED_NAME = /^(?:[a-z]+[-_ ]?)?(\d+)(?:[-_ ]+(\d+)(?![\d]))?[-_ .]*(.*)$/i;

function looksLikeText(text: string): boolean {
  return !text.includes('\u0000') && /^\s*(?:---|#|\S)/.test(text);
}

/** Number, date and words of a record's file name (extension removed). */
function nameParts(name: string): Pick<SourceFile, 'number' | 'dateInName' | 'words'> {
  const match = NUMBERED_NAME.exec(name);
  if (match === null) return { number: undefined, dateInName: undefined, words: name };
  const [, first = '', second, rest = ''] = match;
  if (first.length === 8) {
    const date = `${first.slice(0, 4)}-${first.slice(4, 6)}-${first.slice(6)}`;
    if (IsoDateSchema.safeParse(date).success)
      return { number: undefined, dateInName: date, words: rest };
  }
  // `PM2022-002 - Title`: a year, then the number within it.
  if (second !== undefined && first.length === 4)
    return {
      number: Number(`${first}${second.padStart(3, '0')}`),
      dateInName: undefined,
      words: rest,
    };
  return {
    number: Number(first),
    dateInName: undefined,
    words: second === undefined ? rest : `${second}-${rest}`,
  };
}

/**
 * Lists every file below `folder` (hidden files and folders left out), sorted by path, and says
 * what each is: a template, an index or README, a file that is not Markdown, or a record with
 * the number, date and words its name gives. Input: an absolute folder. Never throws for a file
 * it cannot read: that file is `other`.
 */
export async function findSources(folder: string): Promise<SourceFile[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .filter((file) => !file.split('/').some((part) => part.startsWith('.')))
    .sort();
  return Promise.all(
    files.map(async (file): Promise<SourceFile> => {
      const name = path.posix.basename(file);
      const stem = name.replace(/\.[a-z]+$/i, '');
      const markdownByName = MARKDOWN_EXTENSION.test(name);
      const text =
        markdownByName || !name.includes('.')
          ? await readFile(path.join(folder, file), 'utf8').catch(() => undefined)
          : undefined;
      const isMarkdown = text !== undefined && (markdownByName || looksLikeText(text));
      const parts = nameParts(stem);
      const kind: SourceKind = !isMarkdown
        ? 'other'
        : INDEX_NAMES.test(name)
          ? 'index'
          : isTemplate(stem, parts.number)
            ? 'template'
            : 'record';
      return { file, kind, ...parts, text: isMarkdown ? text : undefined };
    }),
  );
}
