/** The parts of an ADR file name: `0004-move-redis-queues-to-bullmq.md` → number 4. */
export interface AdrFileName {
  /** The ADR id: the file name without `.md`. */
  id: string;
  /** The four-digit number prefix as an integer, for people and ordering. */
  number: number;
}

const ADR_FILE_NAME = /^(\d{4})-[a-z0-9]+(?:-[a-z0-9]+)*\.md$/;

/**
 * Parses an ADR file name of the form `NNNN-kebab-title.md` (adr-tools and MADR convention).
 * Input: a base name, not a path. Output: id and number, or `undefined` when the name does
 * not follow the convention (upper case, spaces, no four-digit prefix, not `.md`).
 */
export function parseAdrFileName(fileName: string): AdrFileName | undefined {
  const match = ADR_FILE_NAME.exec(fileName);
  if (match === null) return undefined;
  return { id: fileName.slice(0, -'.md'.length), number: Number(match[1]) };
}
