import { EventEmitter } from 'node:events';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLoaderSession, repositoryLoaders } from '../src/content/repository-loaders.ts';

const SITE_ROOT = pathToFileURL(`${path.resolve(fileURLToPath(import.meta.url), '../..')}/`);
/** The browser tests' invented repository, copied so that a test can break a file of it. */
const FIXTURE = fileURLToPath(new URL('../../handbook-e2e/fixtures/repository/', import.meta.url));
const VALID_ADR = 'adr/0002-use-postgres.md';

interface StoredEntry {
  id: string;
  digest?: string;
  rendered?: unknown;
  data?: { published?: boolean };
}

/** A collection's context as Astro gives a loader: a store, a logger, the site root and, in `astro dev`, a watcher. */
function contextFor(collection: string, watcher?: EventEmitter) {
  const entries = new Map<string, StoredEntry>();
  const logged: string[] = [];
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: StoredEntry) => entries.set(entry.id, entry) && true,
    delete: (id: string) => void entries.delete(id),
    keys: () => [...entries.keys()],
    clear: () => entries.clear(),
  };
  const logger = {
    warn: (text: string) => logged.push(text),
    error: (text: string) => logged.push(text),
    info: () => undefined,
  };
  const context = {
    collection,
    store,
    logger,
    config: { root: SITE_ROOT },
    watcher: watcher === undefined ? undefined : Object.assign(watcher, { add: () => undefined }),
    generateDigest: (value: unknown) => JSON.stringify(value),
  } as unknown as LoaderContext;
  return { context, entries, logged };
}

let repository: string;

beforeEach(async () => {
  repository = await mkdtemp(path.join(tmpdir(), 'handbook-loaders-'));
  await cp(FIXTURE, repository, { recursive: true });
  vi.stubEnv('HANDBOOK_REPOSITORY', repository);
  vi.stubEnv('HANDBOOK_TODAY', '2026-06-30');
  vi.stubEnv('HANDBOOK_LENIENT', '');
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(repository, { recursive: true, force: true });
});

async function breakValidAdr(): Promise<void> {
  const file = path.join(repository, VALID_ADR);
  await writeFile(
    file,
    (await readFile(file, 'utf8')).replace('status: accepted', 'status: acepted'),
  );
}

describe('the repository loaders', () => {
  it('read the repository once for every collection of a session', async () => {
    const session = createLoaderSession();
    const loaders = repositoryLoaders(session);
    const adr = contextFor('adr');
    const people = contextFor('people');
    await loaders.content('adr').load(adr.context);
    const firstRead = session.reading;
    await loaders.people().load(people.context);
    expect(session.reading).toBe(firstRead);
    expect([...adr.entries.keys()]).toContain('0002-use-postgres');
    expect(people.entries.size).toBeGreaterThan(0);
  });

  it('start each session from nothing, so two sites in one process do not share a read', async () => {
    const first = createLoaderSession();
    await repositoryLoaders(first).content('adr').load(contextFor('adr').context);
    expect(createLoaderSession().reading).toBeUndefined();
    expect(first.reading).toBeDefined();
  });

  it('fail a strict build over a broken file, naming its file and line', async () => {
    await breakValidAdr();
    await expect(
      repositoryLoaders().content('adr').load(contextFor('adr').context),
    ).rejects.toThrow(`${VALID_ADR}:3:9`);
  });

  it('in astro dev, refresh every collection after a change: the broken file leaves its collection for the problems, and returns when fixed', async () => {
    const watcher = new EventEmitter();
    const loaders = repositoryLoaders();
    const adr = contextFor('adr', watcher);
    const problems = contextFor('problems', watcher);
    await loaders.content('adr').load(adr.context);
    await loaders.problems().load(problems.context);
    const untouched = adr.entries.get('0001-use-queues');
    expect(adr.entries.has('0002-use-postgres')).toBe(true);

    await breakValidAdr();
    watcher.emit('all', 'change', path.join(repository, VALID_ADR));
    // The file's warning (its review is due) lists it among the problems either way; its error unpublishes it.
    const published = () => problems.entries.get(VALID_ADR)?.data?.published;
    expect(published()).toBe(true);
    await vi.waitFor(() => expect(published()).toBe(false));
    await vi.waitFor(() => expect(adr.entries.has('0002-use-postgres')).toBe(false));
    expect(adr.entries.get('0001-use-queues')).toBe(untouched);
    expect(adr.logged.filter((line) => line.includes(`${VALID_ADR}:3:9`))).toHaveLength(1);

    const file = path.join(repository, VALID_ADR);
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace('status: acepted', 'status: accepted'),
    );
    watcher.emit('all', 'change', file);
    await vi.waitFor(() => expect(adr.entries.has('0002-use-postgres')).toBe(true));
    await vi.waitFor(() => expect(published()).toBe(true));
  });

  it('ignore changes outside the content paths', async () => {
    const watcher = new EventEmitter();
    const session = createLoaderSession();
    await repositoryLoaders(session).content('adr').load(contextFor('adr', watcher).context);
    const read = session.reading;
    watcher.emit('all', 'change', path.join(repository, 'README.md'));
    expect(session.reading).toBe(read);
  });
});
