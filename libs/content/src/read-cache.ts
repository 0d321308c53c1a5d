import type { ListedFile } from './list-files.ts';
import type { ReadFile } from './read-entry.ts';

/** What reading one file's text gave: its parsed YAML, Markdown tree, entry and diagnostics. */
export type SourceRead = Pick<ReadFile, 'yaml' | 'tree' | 'entry' | 'diagnostics'>;

interface Kept {
  type: ListedFile['type'];
  id: string;
  text: string;
  today: string;
  read: SourceRead;
}

/**
 * What earlier {@link loadRepository} calls parsed, by file, for a later call to reuse: a file
 * whose type, id and text are the same, checked against the same day, is not parsed or
 * validated again (in `astro dev`, an edit re-parses only the edited file). Every file is still
 * read from disk, and every check across files runs again. Make one with {@link createReadCache}
 * and pass it to each load of the same repository.
 */
export interface ReadCache {
  /** The earlier read of `listed` when its text and day are the same, otherwise `undefined`. */
  get(listed: ListedFile, text: string, today: string): SourceRead | undefined;
  /** Keeps the read of `listed`'s `text` on `today`. */
  set(listed: ListedFile, text: string, today: string, read: SourceRead): void;
  /** Forgets every file not in `files` (removed or renamed since). */
  retain(files: readonly ListedFile[]): void;
}

/** An empty {@link ReadCache}. */
export function createReadCache(): ReadCache {
  const kept = new Map<string, Kept>();
  return {
    get(listed, text, today) {
      const earlier = kept.get(listed.file);
      return earlier !== undefined && earlier.text === text && earlier.today === today && earlier.type === listed.type && earlier.id === listed.id ? earlier.read : undefined;
    },
    set(listed, text, today, read) {
      kept.set(listed.file, { type: listed.type, id: listed.id, text, today, read });
    },
    retain(files) {
      const present = new Set(files.map((listed) => listed.file));
      for (const file of kept.keys()) if (!present.has(file)) kept.delete(file);
    },
  };
}
