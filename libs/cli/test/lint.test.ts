import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatGithub } from '../src/format/github.ts';
import { copyOfRepository, edit, handbook, REPOSITORY_ROOT } from './repository-copy.ts';

const OLD_ADR = 'adr/0001-store-reports-in-postgres.md';
const NEW_ADR = 'adr/0003-share-one-queue-across-tenants.md';

interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  rule: string;
  severity: 'error' | 'warning';
  message: string;
}

describe('handbook lint', () => {
  it('passes the repository its content as it is, saying how many files it checked', async () => {
    const root = await copyOfRepository();
    const run = await handbook(root, 'lint');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^No problems in \d+ files\.\n$/);
  });

  it('fails with every problem of every file as JSON: file, 1-based line and column, rule, severity, message with its fix', async () => {
    const root = await copyOfRepository();
    await edit(root, OLD_ADR, /^status: \w+$/m, 'status: acepted');
    await edit(root, NEW_ADR, /^decision-makers:\n  - (\S+)$/m, 'decision-makers:\n  - charls');
    const run = await handbook(root, 'lint', '--format', 'json');
    expect(run.code).toBe(1);
    const diagnostics = JSON.parse(run.stdout) as JsonDiagnostic[];
    expect(diagnostics.map(({ file, rule, severity }) => ({ file, rule, severity }))).toEqual([
      { file: OLD_ADR, rule: 'schema/invalid-field', severity: 'error' },
      { file: NEW_ADR, rule: 'reference/unknown-person', severity: 'error' },
    ]);
    expect(diagnostics[0]?.message).toMatch(
      /^status must be one of proposed, accepted.*\(found "acepted"\)/,
    );
    expect(diagnostics[1]).toMatchObject({
      column: 5,
      message: expect.stringContaining('Did you mean charles?'),
    });
    expect(Object.keys(diagnostics[0] ?? {})).toEqual([
      'file',
      'line',
      'column',
      'rule',
      'severity',
      'message',
    ]);
  });

  it('writes GitHub Actions annotations on the problem lines, escaping what would break the command', async () => {
    const root = await copyOfRepository();
    await edit(root, OLD_ADR, /^status: \w+$/m, 'status: acepted');
    const run = await handbook(root, 'lint', '--format', 'github');
    const [annotation, summary] = run.stdout.trimEnd().split('\n');
    expect(annotation).toMatch(
      /^::error file=adr\/0001-store-reports-in-postgres\.md,line=\d+,col=1,title=schema\/invalid-field::status must be one of/,
    );
    expect(summary).toMatch(/^1 problem \(1 error, 0 warnings\) in \d+ files\.$/);
    const hostile = {
      file: 'adr/a,b:c.md',
      line: 2,
      column: 1,
      rule: 'schema/invalid-field' as const,
      severity: 'warning' as const,
      message: '100% wrong\nreally',
      fix: 'Fix.',
    };
    expect(
      formatGithub({
        diagnostics: [hostile],
        checkedFiles: 1,
        colour: false,
        source: () => undefined,
      }).split('\n')[0],
    ).toBe(
      '::warning file=adr/a%2Cb%3Ac.md,line=2,col=1,title=schema/invalid-field::100%25 wrong%0Areally Fix.',
    );
  });

  it('groups stylish output by file with a code frame whose caret sits under the column, and no colours off a terminal', async () => {
    const root = await copyOfRepository();
    await edit(root, NEW_ADR, /^decision-makers:\n  - (\S+)$/m, 'decision-makers:\n  - charls');
    const run = await handbook(root, 'lint');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(NEW_ADR);
    expect(lines[1]).toMatch(
      /^ {2}\d+:5 {2}error {2}decision-makers\[0\] names "charls".* {2}reference\/unknown-person$/,
    );
    expect(lines[2]).toBe('      fix: Did you mean charles?');
    const marked = lines.findIndex((line) => line.includes('> ') && line.endsWith('- charls'));
    expect(lines[marked + 1]?.indexOf('^')).toBe(lines[marked]?.indexOf('c'));
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('reports only on the paths given, while resolving references against the whole repository', async () => {
    const root = await copyOfRepository();
    await edit(root, OLD_ADR, /^status: \w+$/m, 'status: acepted');
    const chosen = await handbook(root, 'lint', NEW_ADR);
    expect(chosen).toMatchObject({ code: 0, stdout: 'No problems in 1 file.\n' });
    const folder = await handbook(path.join(root, 'adr'), 'lint', '--format', 'json', '.');
    expect(
      (JSON.parse(folder.stdout) as JsonDiagnostic[]).map((diagnostic) => diagnostic.file),
    ).toEqual([OLD_ADR]);
  });

  it('passes warnings unless --max-warnings is exceeded', async () => {
    const root = await copyOfRepository();
    const debtFolder = path.join(root, 'content/debt');
    const valid = (await readdir(debtFolder)).find((name) => name.endsWith('.md')) ?? '';
    await writeFile(
      path.join(debtFolder, valid),
      Buffer.concat([await readFile(path.join(debtFolder, valid)), Buffer.from([0xe9, 0x0a])]),
    );
    const lenient = await handbook(root, 'lint', '--format', 'json');
    expect(
      (JSON.parse(lenient.stdout) as JsonDiagnostic[]).map((diagnostic) => [
        diagnostic.rule,
        diagnostic.severity,
      ]),
    ).toEqual([['input/invalid-utf8', 'warning']]);
    expect(lenient.code).toBe(0);
    expect((await handbook(root, 'lint', '--max-warnings', '1')).code).toBe(0);
    expect((await handbook(root, 'lint', '--max-warnings', '0')).code).toBe(1);
  });

  it('exits 2 with a one-line message, never a stack trace, when misused', async () => {
    const root = await copyOfRepository();
    for (const argv of [
      ['lint', '--format', 'xml'],
      ['lint', '--max-warnings', 'many'],
      ['lint', '--fix'],
      ['lint', '../outside.md'],
      ['lint', 'adr/9999-none.md'],
      ['frobnicate'],
    ]) {
      const run = await handbook(root, ...argv);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stderr, argv.join(' ')).toMatch(/^(error|handbook): /);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('the handbook bin', () => {
  it('runs from the repository root through npx and exits with the lint result', async () => {
    const root = await copyOfRepository();
    await edit(root, OLD_ADR, /^status: \w+$/m, 'status: acepted');
    const bin = path.join(REPOSITORY_ROOT, 'node_modules/.bin/handbook');
    const failure = await promisify(execFile)(bin, ['lint', '--format', 'json'], {
      cwd: root,
    }).catch((error: { code: number; stdout: string }) => error);
    expect('code' in failure ? failure.code : 0).toBe(1);
    expect((JSON.parse(failure.stdout) as JsonDiagnostic[])[0]?.file).toBe(OLD_ADR);
  });
});
