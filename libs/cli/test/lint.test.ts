import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatGithub } from '../src/format/github.ts';
import { runCli } from '../src/index.ts';
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
      /^::error file=adr\/0001-store-reports-in-postgres\.md,line=\d+,col=9,title=schema\/invalid-field::status must be one of/,
    );
    expect(summary).toMatch(/^1 problem \(1 error, 0 warnings\) in 1 of \d+ files\.$/);
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

  it('refuses a path that holds no content file instead of reporting no problems in 0 files', async () => {
    const root = await copyOfRepository();
    const run = await handbook(root, 'lint', 'README.md');
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toContain(
      'README.md: no content file there; handbook lint checks adr, incidents,',
    );
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

  it('says which setting to fix when package.json names a time zone that does not exist', async () => {
    const root = await copyOfRepository();
    await writeFile(
      path.join(root, 'package.json'),
      JSON.stringify({ handbook: { timeZone: 'Europe/Praha' } }),
    );
    let stderr = '';
    const code = await runCli(['lint'], {
      stdout: () => undefined,
      stderr: (text) => void (stderr += text),
      cwd: root,
      colour: false,
      now: '2026-11-24T17:05:00+01:00',
    });
    expect(code).toBe(2);
    expect(stderr).toContain('handbook.timeZone "Europe/Praha" is not a time zone');
  });

  it('exits 2 with a one-line message, never a stack trace, when misused', async () => {
    const root = await copyOfRepository();
    for (const argv of [
      ['lint', '--format', 'xml'],
      ['lint', '--max-warnings', 'many'],
      ['lint', '--fix-everything'],
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

/** Writes `count` ADRs numbered from 0100, each with a status no ADR has (one error each). */
async function adrsWithBadStatus(root: string, count: number): Promise<void> {
  const text = await readFile(path.join(root, OLD_ADR), 'utf8');
  for (let index = 0; index < count; index += 1) {
    await writeFile(
      path.join(root, `adr/${String(100 + index).padStart(4, '0')}-bad-status-${index}.md`),
      text.replace(/^status: \w+$/m, 'status: acepted'),
    );
  }
}

describe('handbook lint in CI', () => {
  it('writes SARIF 2.1.0 for code scanning: every rule, and each problem at its file, line and column', async () => {
    const root = await copyOfRepository();
    await edit(root, OLD_ADR, /^status: \w+$/m, 'status: acepted');
    const run = await handbook(root, 'lint', '--format', 'sarif');
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout) as {
      version: string;
      runs: {
        tool: { driver: { name: string; rules: { id: string }[] } };
        results: {
          ruleId: string;
          level: string;
          locations: {
            physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
          }[];
        }[];
      }[];
    };
    expect(log.version).toBe('2.1.0');
    const [sarif] = log.runs;
    expect(sarif?.tool.driver.rules.map((rule) => rule.id)).toContain('schema/invalid-field');
    expect(sarif?.results).toHaveLength(1);
    expect(sarif?.results[0]).toMatchObject({ ruleId: 'schema/invalid-field', level: 'error' });
    const location = sarif?.results[0]?.locations[0]?.physicalLocation;
    expect(location?.artifactLocation.uri).toBe(OLD_ADR);
    const line =
      (await readFile(path.join(root, OLD_ADR), 'utf8')).split('\n').indexOf('status: acepted') + 1;
    expect(location?.region.startLine).toBe(line);
  });

  it('lists every problem in the GitHub step summary and says how many annotations GitHub will not show', async () => {
    const root = await copyOfRepository();
    await adrsWithBadStatus(root, 12);
    const summaryFile = path.join(root, 'step-summary.md');
    process.env.GITHUB_STEP_SUMMARY = summaryFile;
    try {
      const run = await handbook(root, 'lint', '--format', 'github');
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(
        '2 more are not annotated; the step summary lists every problem.',
      );
      const summary = await readFile(summaryFile, 'utf8');
      expect(summary).toContain('## handbook lint');
      expect(
        summary.split('\n').filter((line) => line.includes('| error | schema/invalid-field |')),
      ).toHaveLength(12);
    } finally {
      delete process.env.GITHUB_STEP_SUMMARY;
    }
  });

  it('reports with --changed only on files the branch changed, counting the others', async () => {
    const root = await copyOfRepository();
    const git = (...args: string[]) => promisify(execFile)('git', ['-C', root, ...args]);
    const commit = (...args: string[]) =>
      git('-c', 'user.email=ci@example.org', '-c', 'user.name=CI', 'commit', '-q', ...args);
    await git('init', '-q', '-b', 'main');
    await commit('--allow-empty', '-m', 'start');
    await edit(root, OLD_ADR, /^status: \w+$/m, 'status: acepted');
    await git('add', '.');
    await commit('-m', 'old problem');
    await git('checkout', '-q', '-b', 'feature');
    await edit(root, NEW_ADR, /^decision-makers:\n  - (\S+)$/m, 'decision-makers:\n  - charls');
    const run = await handbook(root, 'lint', '--changed', '--base', 'main', '--format', 'json');
    expect(run.code).toBe(1);
    expect(
      (JSON.parse(run.stdout) as JsonDiagnostic[]).map((diagnostic) => diagnostic.file),
    ).toEqual([NEW_ADR]);
    expect(run.stderr).toBe(
      '1 more problem in files this branch did not change (run without --changed to see them).\n',
    );
    const outside = await handbook(root, 'lint', '--changed', '--base', 'no-such-branch');
    expect(outside.code).toBe(2);
  });
});
