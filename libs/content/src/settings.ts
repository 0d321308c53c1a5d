import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readPublishingSettings, type PublishingSettings } from './publishing.ts';

/** The time zone the handbook counts days in when the repository names none. */
const DEFAULT_TIME_ZONE = 'UTC';

/** The branch edits are proposed against when the repository names none. */
const DEFAULT_BRANCH = 'main';

/**
 * What a content repository says about itself in its `package.json`: `repository` (a URL string
 * or `{ url }`, where its files are edited) and the `handbook` key (`branch`, `timeZone`, and
 * where it is published: `deploy`, `access`, `site`, `publicIndexing`, see {@link PublishingSettings}).
 */
export interface RepositorySettings extends PublishingSettings {
  /** The repository's web address as written, when it has one. */
  repositoryUrl: string | undefined;
  /** `handbook.branch`, else {@link DEFAULT_BRANCH}. */
  branch: string;
  /** `handbook.timeZone` (an IANA name such as `Europe/Prague`), else {@link DEFAULT_TIME_ZONE}. */
  timeZone: string;
}

/** Whether `Intl` knows `timeZone`. */
function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads the settings of the repository at `root` from its `package.json`; a missing or unreadable
 * file gives the defaults. Throws an Error naming the file, the field and the fix when
 * `handbook.timeZone` is not a time zone `Intl` knows or a publishing field is wrong
 * (`readPublishingSettings`).
 */
export function repositorySettings(root: string): RepositorySettings {
  let manifest: { repository?: string | { url?: string }; handbook?: Record<string, unknown> } = {};
  try {
    manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as typeof manifest;
  } catch {
    // No package.json, or not JSON: a repository of content only, with the defaults.
  }
  const { timeZone = DEFAULT_TIME_ZONE, branch = DEFAULT_BRANCH } = manifest.handbook ?? {};
  if (typeof timeZone !== 'string' || !isTimeZone(timeZone)) {
    throw new Error(`package.json: handbook.timeZone ${JSON.stringify(timeZone)} is not a time zone; write an IANA name such as "Europe/Prague", or remove it for UTC.`);
  }
  return {
    repositoryUrl: typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url,
    branch: typeof branch === 'string' ? branch : DEFAULT_BRANCH,
    timeZone,
    ...readPublishingSettings(manifest.handbook ?? {}),
  };
}

/**
 * The handbook's one clock: today, `YYYY-MM-DD`, in the repository's time zone (see
 * {@link repositorySettings}), or `fixed` when given (`HANDBOOK_TODAY`, for reproducible builds
 * and tests). Lint, the site build and the CLI all ask it, so that near midnight they agree on
 * what is due. Input: the repository root, the instant (now by default), the fixed day.
 * Throws an Error when `fixed` is not written `YYYY-MM-DD`, or the time zone is unknown.
 */
export function repositoryToday(root: string, instant: Date = new Date(), fixed: string | undefined = process.env.HANDBOOK_TODAY): string {
  if (fixed !== undefined && fixed !== '') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed)) throw new Error(`HANDBOOK_TODAY must be a date written YYYY-MM-DD, not "${fixed}".`);
    return fixed;
  }
  const { timeZone } = repositorySettings(root);
  // The `en-CA` locale writes dates as ISO 8601 does: 2026-12-03.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}
