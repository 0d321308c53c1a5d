import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  backlinksOf,
  createReadCache,
  entryKey,
  entryMarkdown,
  loadRepository,
  type ContentEntry,
} from '@handbook/content';
import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { CONTENT_PATHS, CONTENT_TYPE_NAMES, titleOf, type ContentTypeName } from '@handbook/schema';
import { z } from 'zod';
import { localIsoDateTime } from '../clock.ts';
import { planNewEntry } from '../commands/new.ts';
import { runCli } from '../program.ts';
import { decisionsFor } from './decisions-for.ts';
import { searchEntries } from './search-entries.ts';

/** A tool's answer: text for the model, the same as structured content for programs. */
function answer(text: string, structured?: Record<string, unknown>) {
  return {
    content: [{ type: 'text' as const, text }],
    ...(structured === undefined ? {} : { structuredContent: structured }),
  };
}

/** A tool's refusal or failure, said in one sentence with what to do instead. */
function refusal(text: string) {
  return { content: [{ type: 'text' as const, text }], isError: true };
}

/**
 * A path given to a tool as repository-relative and `/`-separated, or `undefined` when it leaves
 * the repository (absolute, or `..` above the root): nothing outside the repository is read.
 */
function insideRepository(root: string, typed: string): string | undefined {
  if (path.isAbsolute(typed)) return undefined;
  const relative = path.relative(root, path.resolve(root, typed));
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}

/** The output of `handbook <argv>` run in-process at `cwd`: exit code, standard output and error. */
async function captured(argv: readonly string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const exitCode = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
    colour: false,
    today: process.env.HANDBOOK_TODAY || undefined,
    now: localIsoDateTime(new Date()),
  });
  return { exitCode, stdout, stderr };
}

/**
 * `handbook lint --format json` on `text` as if it were the repository file `file`: the content
 * folders are copied to a temporary folder, the text written there and linted with the rest (so
 * references and numbering are checked too), and the copy removed. Nothing of the repository
 * changes. Output: the CLI's JSON diagnostics, or its error line.
 */
async function lintText(root: string, file: string, text: string) {
  const copy = await mkdtemp(path.join(tmpdir(), 'handbook-mcp-lint-'));
  try {
    await Promise.all(
      [...CONTENT_PATHS, 'package.json'].map((content) =>
        cp(path.join(root, content), path.join(copy, content), {
          recursive: true,
          verbatimSymlinks: true,
        }).catch(() => undefined),
      ),
    );
    await mkdir(path.dirname(path.join(copy, file)), { recursive: true });
    await writeFile(path.join(copy, file), text);
    return await captured(['--root', copy, 'lint', '--format', 'json', file], copy);
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

/**
 * The Model Context Protocol server of the repository at `root`: read-only tools over the same
 * reader as `handbook lint` (search, get, decisions_for, lint, new_adr) and one resource per
 * entry (`handbook://entry/<type>/<id>`, its Markdown twin). It never writes to the repository
 * (`new_adr` returns the text `handbook new adr` would write) and refuses any path outside it.
 */
export function createHandbookServer(root: string, version: string): McpServer {
  const server = new McpServer({ name: 'handbook', version });
  const cache = createReadCache();
  const read = () => loadRepository(root, { cache });
  const types = z.enum(CONTENT_TYPE_NAMES);

  const findEntry = async (
    type: ContentTypeName | undefined,
    id: string | undefined,
    file: string | undefined,
  ) => {
    const repository = await read();
    const all = CONTENT_TYPE_NAMES.flatMap((name) =>
      (repository.entries[name] as readonly ContentEntry[]).map((entry) => ({ type: name, entry })),
    );
    const found = all.find(
      ({ type: name, entry }) =>
        (type === undefined || name === type) &&
        (id === undefined || entry.id === id) &&
        (file === undefined || entry.file === file),
    );
    return { repository, found };
  };

  server.registerTool(
    'search',
    {
      title: 'Search the handbook',
      description:
        'Finds ADRs, postmortems, debt items, handbook pages and other entries by words, best first, with their ids and a one-line summary. Filter by type, status (accepted, proposed, superseded…) or tag.',
      inputSchema: {
        query: z.string().max(500).describe('Words to find; empty lists what the filters keep'),
        type: types.optional().describe('Only entries of this type'),
        status: z.string().max(50).optional().describe('Only entries with this status'),
        tag: z.string().max(100).optional().describe('Only entries with this tag'),
      },
    },
    async ({ query, type, status, tag }) => {
      const { entries } = await read();
      const hits = searchEntries(entries, query, { type, status, tag });
      const lines = hits.map((hit) => `- ${hit.type} ${hit.id}: ${hit.title} (${hit.summary})`);
      return answer(lines.length === 0 ? 'Nothing found.' : lines.join('\n'), { hits });
    },
  );

  server.registerTool(
    'get',
    {
      title: 'Read one entry',
      description:
        'An entry as Markdown (its standing first: superseded, rejected, proposed, example), found by id or by its repository file name, with the entries that name it.',
      inputSchema: {
        id: z.string().max(300).optional().describe('The entry id, such as 0005-adopt-x'),
        file: z.string().max(500).optional().describe('Or its repository-relative file name'),
        type: types.optional().describe('The type, when an id could be of several'),
      },
    },
    async ({ id, file, type }) => {
      if (id === undefined && file === undefined) return refusal('Give an id or a file name.');
      const relative = file === undefined ? undefined : insideRepository(root, file);
      if (file !== undefined && relative === undefined)
        return refusal(`${file} is outside the repository; give a path inside it.`);
      const { repository, found } = await findEntry(type, id, relative);
      if (found === undefined)
        return refusal(
          `No valid entry ${id ?? file}; search for it, or run lint to see why it is not valid.`,
        );
      const { type: name, entry } = found;
      const backlinks = backlinksOf(repository.entries).get(entryKey(name, entry.id)) ?? [];
      const named = backlinks.map(
        ({ type: from, id: source, via }) => `- ${from} ${source} (${via})`,
      );
      const text = `${entryMarkdown({ type: name, id: entry.id, data: entry.data, body: entry.body, file: entry.file })}${
        named.length === 0 ? '' : `\n## Referenced by\n\n${named.join('\n')}\n`
      }`;
      return answer(text);
    },
  );

  server.registerTool(
    'decisions_for',
    {
      title: 'Decisions that govern code',
      description:
        'Given file paths or component names, the ADRs that govern them (through the tech stack file and ADR tags) and the stack components matched. Only decisions marked in force are rules.',
      inputSchema: {
        paths: z.array(z.string().max(500)).max(100).default([]).describe('File paths of the code'),
        components: z.array(z.string().max(200)).max(100).default([]).describe('Component names'),
      },
    },
    async ({ paths, components }) => {
      const { entries } = await read();
      const found = decisionsFor(entries, [...paths, ...components]);
      const lines = found.decisions.map(
        (decision) =>
          `- ADR ${decision.id}: ${decision.title} (${decision.inForce ? 'in force' : `${decision.status}, not in force`}; ${decision.because.join(', ')})`,
      );
      return answer(lines.length === 0 ? 'No decision found for these.' : lines.join('\n'), found);
    },
  );

  server.registerTool(
    'lint',
    {
      title: 'Check content',
      description:
        'Diagnostics for repository files, or for a text as if it were written at `file`, exactly as `handbook lint --format json` gives them. Changes nothing.',
      inputSchema: {
        files: z
          .array(z.string().max(500))
          .max(200)
          .default([])
          .describe('Repository files to check'),
        text: z
          .string()
          .max(1_000_000)
          .optional()
          .describe('A text to check instead of the file on disk'),
        file: z
          .string()
          .max(500)
          .optional()
          .describe('Where the text would live, such as adr/0030-x.md'),
      },
    },
    async ({ files, text, file }) => {
      const requested = text === undefined ? files : [file ?? ''];
      const inside = requested.map((typed) => insideRepository(root, typed));
      const outside = requested.filter((_, index) => inside[index] === undefined);
      if (outside.length > 0)
        return refusal(
          `${outside.join(', ')}: outside the repository or empty; give repository-relative paths.`,
        );
      const relative = inside.filter((value): value is string => value !== undefined);
      const result =
        text === undefined
          ? await captured(['--root', root, 'lint', '--format', 'json', ...relative], root)
          : await lintText(root, relative[0] ?? '', text);
      if (result.stdout === '') return refusal(result.stderr.trim());
      return answer(result.stdout, { diagnostics: JSON.parse(result.stdout) as unknown[] });
    },
  );

  server.registerTool(
    'new_adr',
    {
      title: 'Draft an ADR',
      description:
        'The file name and text `handbook new adr` would write, as proposed, without writing it: propose it in a pull request; people accept ADRs, agents do not.',
      inputSchema: {
        title: z.string().min(1).max(200).describe('The decision, as a title'),
        decision_makers: z
          .array(z.string().max(100))
          .max(20)
          .default([])
          .describe('Person ids from content/team.yaml'),
        supersedes: z
          .string()
          .max(300)
          .optional()
          .describe('Number or id of the ADR it would supersede'),
      },
    },
    async ({ title, decision_makers: decisionMakers, supersedes }) => {
      try {
        const plan = await planNewEntry(
          root,
          'adr',
          title,
          { decisionMakers: decisionMakers.join(','), supersedes },
          { today: process.env.HANDBOOK_TODAY || undefined, now: localIsoDateTime(new Date()) },
        );
        const edit =
          plan.superseded === undefined
            ? ''
            : `\n\nAnd ${plan.superseded.file} would become:\n\n${plan.superseded.text}`;
        return answer(`${plan.file}\n\n${plan.text}${edit}`, {
          file: plan.file,
          text: plan.text,
          ...(plan.superseded === undefined ? {} : { superseded: plan.superseded }),
        });
      } catch (error) {
        return refusal(error instanceof Error ? error.message : String(error));
      }
    },
  );

  server.registerResource(
    'entry',
    new ResourceTemplate('handbook://entry/{type}/{id}', {
      list: async () => {
        const { entries } = await read();
        return {
          resources: CONTENT_TYPE_NAMES.flatMap((type) =>
            (entries[type] as readonly ContentEntry[]).map((entry) => ({
              uri: `handbook://entry/${type}/${encodeURIComponent(entry.id)}`,
              name: titleOf(type, entry.data),
              mimeType: 'text/markdown',
            })),
          ),
        };
      },
    }),
    { title: 'A handbook entry', description: 'An entry as Markdown', mimeType: 'text/markdown' },
    async (uri, { type, id }) => {
      const name = types.safeParse(type);
      const { found } = await findEntry(
        name.success ? name.data : undefined,
        decodeURIComponent(String(id)),
        undefined,
      );
      if (!name.success || found === undefined) throw new Error(`No entry at ${uri.href}.`);
      const { entry } = found;
      return {
        contents: [
          {
            uri: uri.href,
            mimeType: 'text/markdown',
            text: entryMarkdown({
              type: found.type,
              id: entry.id,
              data: entry.data,
              body: entry.body,
              file: entry.file,
            }),
          },
        ],
      };
    },
  );

  return server;
}
