/**
 * The naming conventions of content files, written once: the id patterns that file names,
 * id fields and link rewriting all derive from. Each pattern is the id (the file name without
 * its extension), anchored, lower-case kebab-case.
 */

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const DATE = '\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])';

/** The id patterns, by convention, as regular-expression sources without anchors. */
export const ID_PATTERNS = {
  /**
   * `0004-move-redis-queues-to-bullmq`: a four-digit number, then a slug that is not a date;
   * `handbook/0010-bring-node-24` in a decision log of its own (a folder, numbered apart).
   */
  numbered: `(?:(${SLUG})/)?(\\d{4})-(?!\\d{2}-\\d{2}(?:-|$))${SLUG}`,
  /** `2026-11-02-render-queue-stalled`: an ISO 8601 date, then a slug. */
  dated: `(${DATE})-${SLUG}`,
  /** `2026-11-02`: an ISO 8601 date alone. */
  date: `(${DATE})`,
  /** `terraform-state-drift`: a slug alone. */
  slug: SLUG,
  /** `engineering/incident-response`: slugs joined by `/`, for nested pages. */
  path: `${SLUG}(?:/${SLUG})*`,
} as const;

/** One of the naming conventions of {@link ID_PATTERNS}. */
export type IdConvention = keyof typeof ID_PATTERNS;

/** How each convention reads to an author, for messages ("NNNN-kebab-title"). */
export const ID_CONVENTION_TEMPLATES: Record<IdConvention, string> = {
  numbered: 'NNNN-kebab-title',
  dated: 'YYYY-MM-DD-kebab-title',
  date: 'YYYY-MM-DD',
  slug: 'kebab-title',
  path: 'folder/kebab-title',
};

const anchored = Object.fromEntries(
  Object.entries(ID_PATTERNS).map(([name, source]) => [name, new RegExp(`^${source}$`)]),
) as Record<IdConvention, RegExp>;

/** What a file name says about its content before anything is read: the id and, for ADRs, the number. */
export interface FileIdentity {
  /** The id other content uses: the path below the type's folder without the extension. */
  id: string;
  /** The four-digit number of a numbered convention, as an integer; absent otherwise. */
  number?: number;
  /** The decision log a numbered id belongs to (`handbook` for `handbook/0010-x`); absent for the main log. */
  log?: string;
}

/**
 * Reads an id of the given convention. Input: an id (no extension). Output: the identity, or
 * `undefined` when the id does not follow the convention (upper case, spaces, a dated name where
 * a number is expected, an impossible month).
 */
export function parseId(convention: IdConvention, id: string): FileIdentity | undefined {
  const match = anchored[convention].exec(id);
  if (match === null) return undefined;
  if (convention !== 'numbered') return { id };
  return match[1] === undefined
    ? { id, number: Number(match[2]) }
    : { id, number: Number(match[2]), log: match[1] };
}

/**
 * The day a dated id starts with (`2026-11-02-render-queue-stalled` → `2026-11-02`), or
 * `undefined` when the id does not start with an ISO 8601 date.
 */
export function dateOfId(id: string): string | undefined {
  return new RegExp(`^${ID_PATTERNS.date}(?:-|$)`).exec(id)?.[1];
}

/** Whether `id` follows `convention`; see {@link parseId}. */
export function isId(convention: IdConvention, id: string): boolean {
  return anchored[convention].test(id);
}
