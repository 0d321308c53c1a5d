import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { assertValidRepository, backlinksOf, ContentError, createReadCache, entryKey, failsBuild, formatDiagnostic, loadRepository, type ContentEntry, type ReadCache, type EntriesByType, type ValidRepository } from '@handbook/content';
import { BacklinksSchema, CONTENT_PATHS, CONTENT_TYPE_NAMES, CONTENT_TYPES, PersonSchema, TeamSchema, type ContentTypeName } from '@handbook/schema';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { lenientBuild } from '../lib/lenient.ts';
import { repositoryRoot } from '../lib/repository-root.ts';
import { editLinks } from '../lib/edit-link.ts';
import { readFileHistory } from '../lib/file-history.ts';
import { renderEntry } from '../markdown/render-entry.ts';
import { FileProblemsSchema, problemsByFile, type FileProblems } from './problems.ts';

/** What the site publishes: the valid entries, with every problem of the files read. */
type PublishedRepository = ValidRepository & { problems: FileProblems[] };

/** The roster a lenient build publishes when `content/team.yaml` is missing or invalid: nobody, with the problem listed. */
const NO_ROSTER = { teams: [], people: [] };

/**
 * Whether the site publishes the valid entries and lists the rest on `/problems/` and at their
 * own addresses instead of failing: always in `astro dev` (`npm start`, where a watcher is
 * present), so that an author sees every valid page and the diagnostics of the broken one; and
 * in a build with `HANDBOOK_LENIENT=1`, for a team mid-migration. A build is strict otherwise.
 */
function isLenient(context: LoaderContext): boolean {
  return context.watcher !== undefined || lenientBuild();
}
/**
 * What the loaders of one site process share, explicit so that each test (and each `astro`
 * process) starts from its own: the current read, the parses earlier reads made, each
 * collection's refresh, whether the content is watched, and which collections were filled.
 */
export interface LoaderSession {
  /** The read every collection takes its part of; `undefined` once a change invalidates it. */
  reading: Promise<PublishedRepository> | undefined;
  /** What earlier reads parsed: in `astro dev`, a change re-parses only the files whose text changed. */
  readonly parsed: ReadCache;
  /** Each collection's refresh, run after a change below the content paths. */
  readonly refreshers: Set<() => Promise<void>>;
  /** Whether the content paths are watched already (one watcher for every collection). */
  watching: boolean;
  /** Collections filled in this session: only their later refreshes may keep stored entries. */
  readonly filled: Set<string>;
}

/** A session with nothing read yet. */
export function createLoaderSession(): LoaderSession {
  return { reading: undefined, parsed: createReadCache(), refreshers: new Set(), watching: false, filled: new Set() };
}

/**
 * An error Astro prints with the first problem's file, line and a code frame, and every problem
 * in its message; without a stack, so that no file of the site is named as the culprit.
 */
function buildError(error: ContentError, root: string): AstroError {
  const astroError = new AstroError(error.message, 'Fix each file at the line shown, then build again; `npx handbook lint` lists the same problems.');
  const first = error.diagnostics[0];
  if (first !== undefined) Object.assign(astroError, { loc: { file: path.join(root, first.file), line: first.line, column: first.column } });
  astroError.stack = '';
  return astroError;
}

/**
 * The repository is read and checked once and shared by every collection, since references
 * need all files at once. Warnings, and the errors the renderer's sanitiser makes harmless, go to
 * the build log; every other error fails the build, every one listed, unless the build is
 * lenient ({@link isLenient}): then each is logged once and the valid entries are published.
 */
function readRepository(session: LoaderSession, context: LoaderContext): Promise<PublishedRepository> {
  const root = repositoryRoot(context.config.root);
  session.reading ??= loadRepository(root, { cache: session.parsed }).then((repository) => {
    for (const problem of repository.diagnostics.filter((diagnostic) => !failsBuild(diagnostic))) {
      context.logger.warn(formatDiagnostic(problem));
    }
    if (isLenient(context)) {
      const blocking = repository.diagnostics.filter(failsBuild);
      for (const problem of blocking) context.logger.error(formatDiagnostic(problem));
      if (blocking.length > 0) context.logger.error(`${blocking.length} content error${blocking.length === 1 ? "" : "s"}: the pages of the files concerned show them, and /problems/ lists them all.`);
      // A file with an error is not published as an entry, even when its own front matter is valid (a reference to nobody).
      const failing = new Set(blocking.map((problem) => problem.file));
      const entries = Object.fromEntries(Object.entries(repository.entries).map(([type, list]) => [type, list.filter((entry) => !failing.has(entry.file))])) as EntriesByType;
      const published = { ...repository, entries, roster: repository.roster ?? NO_ROSTER };
      return { ...published, problems: problemsByFile(published) };
    }
    try {
      return { ...assertValidRepository(repository), problems: problemsByFile(repository) };
    } catch (error) {
      throw error instanceof ContentError ? buildError(error, root) : error;
    }
  });
  return session.reading;
}

/**
 * In `astro dev`, a change below the content paths invalidates the shared read once, then
 * refreshes every collection: unchanged files are not parsed again (the read cache) and
 * unchanged entries keep their rendering (see `fillType`).
 */
function watchRepository(session: LoaderSession, context: LoaderContext, refresh: () => Promise<void>): void {
  session.refreshers.add(refresh);
  if (context.watcher === undefined || session.watching) return;
  session.watching = true;
  const root = repositoryRoot(context.config.root);
  const watched = CONTENT_PATHS.map((contentPath) => path.join(root, contentPath));
  context.watcher.add(watched);
  context.watcher.on('all', (_event, changed) => {
    if (!watched.some((target) => changed.startsWith(target))) return;
    session.reading = undefined;
    for (const refreshCollection of session.refreshers) {
      refreshCollection().catch((error: Error) => context.logger.error(error.message));
    }
  });
}

/**
 * A loader that fills its collection from the shared repository read. Input: a name, the
 * schema that types the entries (from `@handbook/schema`), and how to store the repository's
 * part of the collection. Validation already happened in `@handbook/content`, so `parseData`
 * is not called again.
 */
function repositoryLoader<S extends z.ZodType>(session: LoaderSession, name: string, schema: S, fill: (repository: PublishedRepository, context: LoaderContext) => Promise<void>) {
  return {
    name: `handbook-${name}-loader`,
    schema,
    async load(context: LoaderContext) {
      const refresh = async () => fill(await readRepository(session, context), context);
      await refresh();
      watchRepository(session, context, refresh);
    },
  } satisfies Loader;
}

/**
 * Stores one type's entries. Within one process (`astro dev`), an entry whose digest is unchanged
 * keeps its rendering, so an edit re-renders only the edited file, and entries whose file is gone
 * are removed. A new process starts from an empty collection, since a store kept from an earlier
 * build may hold HTML rendered by other code. Markdown is rendered from the tree the content lib
 * already parsed; MDX is left to Astro's MDX integration (deferred render).
 */
async function fillType(session: LoaderSession, entries: readonly ContentEntry[], context: LoaderContext): Promise<void> {
  if (!session.filled.has(context.collection)) context.store.clear();
  session.filled.add(context.collection);
  const root = repositoryRoot(context.config.root);
  const siteRoot = fileURLToPath(context.config.root);
  const present = new Set<string>();
  for (const entry of entries) {
    present.add(entry.id);
    const digest = context.generateDigest({ data: entry.data, body: entry.body });
    if (context.store.get(entry.id)?.digest === digest) continue;
    const absolutePath = path.join(root, entry.file);
    const filePath = path.relative(siteRoot, absolutePath).split(path.sep).join('/');
    const common = { id: entry.id, data: entry.data as Record<string, unknown>, body: entry.body, filePath, digest };
    if (entry.file.endsWith('.mdx')) context.store.set({ ...common, deferredRender: true });
    else if (entry.tree === undefined) context.store.set(common);
    else context.store.set({ ...common, rendered: await renderEntry(entry.tree, entry.file, pathToFileURL(absolutePath)) });
  }
  for (const id of context.store.keys()) if (!present.has(id)) context.store.delete(id);
}

/** Where an entry's file is, when it last changed, and where to edit it; the optional fields are unknown or not configured. */
const SourceSchema = z.object({
  file: z.string(),
  lastUpdated: z.string().optional(),
  editUrl: z.string().optional(),
});

/**
 * The loaders of the site's collections, sharing one {@link LoaderSession} (a new one unless
 * given): one per registered content type, the roster's people and teams, each entry's
 * backlinks, its source file, and every file's problems.
 */
export function repositoryLoaders(session: LoaderSession = createLoaderSession()) {
  return {
    /** The loader of one registered content type: its collection is named after the type. */
    content: <Name extends ContentTypeName>(name: Name) =>
      repositoryLoader(session, name, CONTENT_TYPES[name].schema, (repository, context) => fillType(session, repository.entries[name], context)) as Loader & {
        schema: (typeof CONTENT_TYPES)[Name]['schema'];
      },

    /** People from `content/team.yaml`, by person id. */
    people: () =>
      repositoryLoader(session, 'people', PersonSchema, async ({ roster }, context) => {
        context.store.clear();
        for (const person of roster.people) context.store.set({ id: person.id, data: person });
      }),

    /** Teams from `content/team.yaml`, by team id. */
    teams: () =>
      repositoryLoader(session, 'teams', TeamSchema, async ({ roster }, context) => {
        context.store.clear();
        for (const team of roster.teams) context.store.set({ id: team.id, data: team });
      }),

    /** Every entry, keyed `type/id` (`entryKey`), with the entries that name it and how (none for most). */
    backlinks: () =>
      repositoryLoader(session, 'backlinks', BacklinksSchema, async ({ entries }, context) => {
        const backlinks = backlinksOf(entries);
        context.store.clear();
        for (const type of CONTENT_TYPE_NAMES) {
          for (const entry of entries[type]) {
            const key = entryKey(type, entry.id);
            context.store.set({ id: key, data: { backlinks: backlinks.get(key) ?? [] } });
          }
        }
      }),

    /**
     * Each entry's source file, keyed `type/id` (`entryKey`): its repository-relative path, the
     * date of the last commit that touched it (`git log`; omitted in a shallow clone's cut-off or
     * outside git) and its edit link (the repository URL of the content root's `package.json`).
     */
    sources: () =>
      repositoryLoader(session, 'sources', SourceSchema, async ({ entries }, context) => {
        const root = repositoryRoot(context.config.root);
        const [history, editUrl] = await Promise.all([readFileHistory(root), editLinks(root)]);
        if (history.shallow) context.logger.info('shallow clone: entries last changed at its cut-off show no last-updated date');
        context.store.clear();
        for (const type of CONTENT_TYPE_NAMES) {
          for (const entry of entries[type]) {
            const lastUpdated = history.lastUpdated.get(entry.file);
            const data = { file: entry.file, ...(lastUpdated === undefined ? {} : { lastUpdated }), ...(editUrl === undefined ? {} : { editUrl: editUrl(entry.file) }) };
            context.store.set({ id: entryKey(type, entry.id), data });
          }
        }
      }),

    /** Every file with a content problem, keyed by its repository-relative path ({@link problemsByFile}). */
    problems: () =>
      repositoryLoader(session, 'problems', FileProblemsSchema, async ({ problems }, context) => {
        context.store.clear();
        for (const file of problems) context.store.set({ id: file.file, data: file });
      }),
  };
}
