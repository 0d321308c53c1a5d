import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/index.ts';
import { REPOSITORY_ROOT } from './repository-copy.ts';

/** The site's fixture repository: ADRs (one superseded), a tech stack naming them, a roster. */
const FIXTURE = path.join(REPOSITORY_ROOT, 'apps/handbook-e2e/fixtures/repository');
/** The day the fixture lints clean on. */
const TODAY = '2026-07-01';
const BIN = path.join(REPOSITORY_ROOT, 'libs/cli/src/bin.ts');

/** A broken ADR: a status no standard has, and no Decision section. */
const BROKEN_ADR =
  '---\ntitle: Cache reports\nstatus: aproved\ndate: 2026-06-01\ndecision-makers: [ada]\n---\n\n## Context\n\nWhy.\n';

let client: Client;

beforeAll(async () => {
  client = new Client({ name: 'handbook-test', version: '1.0.0' });
  await client.connect(
    new StdioClientTransport({
      command: process.execPath,
      args: [BIN, '--root', FIXTURE, 'mcp'],
      env: { ...(process.env as Record<string, string>), HANDBOOK_TODAY: TODAY },
      stderr: 'pipe',
    }),
  );
});

afterAll(async () => {
  await client.close();
});

/** The text of a tool's answer, and whether it is an error. */
async function call(name: string, args: Record<string, unknown>) {
  const result = await client.callTool({ name, arguments: args });
  const [first] = result.content as { type: string; text: string }[];
  return {
    text: first?.text ?? '',
    isError: result.isError === true,
    structured: result.structuredContent,
  };
}

describe('handbook mcp, spoken to by the SDK client over stdio', () => {
  it('offers the five read-only tools', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual([
      'decisions_for',
      'get',
      'lint',
      'new_adr',
      'search',
    ]);
  });

  it('finds a known ADR first by the words of its title', async () => {
    const { structured } = await call('search', { query: 'use queues' });
    const hits = (structured as { hits: { type: string; id: string }[] }).hits;
    expect(hits[0]).toMatchObject({ type: 'adr', id: '0001-use-queues' });
  });

  it('names the ADRs that decided a component of the tech stack', async () => {
    const { structured } = await call('decisions_for', { components: ['job-queue'] });
    const found = structured as {
      components: { id: string }[];
      decisions: { id: string; inForce: boolean }[];
    };
    expect(found.components.map((component) => component.id)).toEqual(['job-queue']);
    expect(found.decisions).toContainEqual(
      expect.objectContaining({ id: '0001-use-queues', inForce: true }),
    );
    const byPath = await call('decisions_for', { paths: ['services/main-db/migrations/001.sql'] });
    expect((byPath.structured as typeof found).decisions.map((decision) => decision.id)).toContain(
      '0002-use-postgres',
    );
  });

  it('gives an entry as Markdown, saying first when it is superseded', async () => {
    const { text, isError } = await call('get', { id: '0003-try-caching' });
    expect(isError).toBe(false);
    expect(text.split('\n').slice(0, 3).join('\n')).toMatch(/^> Superseded by \[ADR 0004\]/m);
  });

  it('lints a text with the same diagnostics as handbook lint --format json on that file', async () => {
    const file = 'adr/0006-cache-reports.md';
    const { structured } = await call('lint', { text: BROKEN_ADR, file });
    const copy = await mkdtemp(path.join(tmpdir(), 'handbook-mcp-test-'));
    try {
      await cp(FIXTURE, copy, { recursive: true });
      await writeFile(path.join(copy, file), BROKEN_ADR);
      let stdout = '';
      await runCli(['lint', '--format', 'json', file], {
        stdout: (text) => (stdout += text),
        stderr: () => undefined,
        cwd: copy,
        colour: false,
        today: TODAY,
        now: `${TODAY}T12:00:00+00:00`,
      });
      const diagnostics = (structured as { diagnostics: unknown[] }).diagnostics;
      expect(diagnostics.length).toBeGreaterThan(0);
      expect(diagnostics).toEqual(JSON.parse(stdout));
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });

  it('refuses any path outside the repository, reading nothing there', async () => {
    for (const [tool, args] of [
      ['get', { file: '../../../etc/passwd' }],
      ['get', { file: '/etc/passwd' }],
      ['lint', { files: ['../outside.md'] }],
      ['lint', { text: BROKEN_ADR, file: '../../adr/0006-x.md' }],
    ] as const) {
      const { text, isError } = await call(tool, args);
      expect(isError, `${tool} ${JSON.stringify(args)}`).toBe(true);
      expect(text).toContain('outside the repository');
    }
  });

  it('drafts an ADR as proposed without writing it', async () => {
    const before = await readdir(path.join(FIXTURE, 'adr'));
    const { structured } = await call('new_adr', {
      title: 'Cache reports at the edge',
      decision_makers: ['ada'],
    });
    const draft = structured as { file: string; text: string };
    expect(draft.file).toBe('adr/0006-cache-reports-at-the-edge.md');
    expect(draft.text).toContain('status: proposed');
    expect(await readdir(path.join(FIXTURE, 'adr'))).toEqual(before);
  });
});
