import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadRepository } from '../src/index.ts';
import { adr, ROSTER, temporaryRepository } from './temporary-repository.ts';

const VALID = 'title: One team\nstatus: accepted\ndate: 2026-11-16\ndecision-makers: [charles]\n';

/** The rule and line of every diagnostic of one file. */
async function reportedFor(root: string, file: string): Promise<{ rule: string; line: number }[]> {
  const { diagnostics } = await loadRepository(root);
  return diagnostics.filter((diagnostic) => diagnostic.file === file).map(({ rule, line }) => ({ rule, line }));
}

describe('the reader on files that are not what their names say', () => {
  it('reports a folder, a dangling link, a link loop, a link to a device and a link outside the repository, reading none', async () => {
    const root = await temporaryRepository({ 'content/team.yaml': ROSTER, 'adr/0001-one-team.md': adr(VALID) });
    await mkdir(path.join(root, 'adr/0002-folder.md'));
    await symlink(path.join(root, 'adr/nowhere.md'), path.join(root, 'adr/0003-dangling.md'));
    await symlink(path.join(root, 'adr/0004-loop.md'), path.join(root, 'adr/0004-loop.md'));
    await symlink('/dev/zero', path.join(root, 'adr/0005-device.md'));
    await symlink('/etc/hostname', path.join(root, 'adr/0006-outside.md'));
    const { diagnostics } = await loadRepository(root);
    expect(diagnostics.map(({ file, rule }) => `${file} ${rule}`)).toEqual([
      'adr/0002-folder.md identity/unexpected-file',
      'adr/0003-dangling.md input/unreadable',
      'adr/0004-loop.md input/unreadable',
      'adr/0005-device.md input/unreadable',
      'adr/0006-outside.md input/unreadable',
    ]);
  });

  it('refuses a content folder that is a link to a folder outside the repository, at any level, reading nothing in it', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'handbook-outside-'));
    const secret = 'ghp_outsideTheRepositoryMustNeverBePublished0000';
    await writeFile(path.join(outside, '2026-11-20-leak.md'), `---\ntitle: Leak\nparticipants: [charles]\n---\n\n${secret}\n`);
    await mkdir(path.join(outside, 'runbooks'));
    await writeFile(path.join(outside, 'runbooks/leak.md'), `---\ntitle: Leak\ndescription: Leak.\nowner: charles\nlast-reviewed: 2026-11-16\n---\n\n${secret}\n`);
    const root = await temporaryRepository({ 'content/team.yaml': ROSTER, 'content/handbook/index-page.md': '---\ntitle: Home\ndescription: Home.\nowner: charles\nlast-reviewed: 2026-11-16\n---\n\nHome.\n' });
    await symlink(outside, path.join(root, 'content/syncs'));
    await symlink(path.join(outside, 'runbooks'), path.join(root, 'content/handbook/runbooks'));
    const repository = await loadRepository(root);
    expect(repository.diagnostics.map(({ file, rule }) => `${file} ${rule}`)).toEqual(['content/handbook/runbooks/ input/unreadable', 'content/syncs/ input/unreadable']);
    expect(JSON.stringify(repository)).not.toContain(secret);
    expect(repository.entries.sync).toEqual([]);
  });

  it('reports a named pipe without opening it, so the build cannot block on it', async () => {
    const root = await temporaryRepository({ 'content/team.yaml': ROSTER });
    await mkdir(path.join(root, 'adr'));
    await promisify(execFile)('mkfifo', [path.join(root, 'adr/0095-pipe.md')]);
    expect(await reportedFor(root, 'adr/0095-pipe.md')).toEqual([{ rule: 'input/unreadable', line: 1 }]);
  });

  it('never reads a link to a secret file whose name breaks the convention', async () => {
    const root = await temporaryRepository({ 'content/team.yaml': ROSTER });
    await mkdir(path.join(root, 'adr'));
    await symlink('/etc/passwd', path.join(root, 'adr/passwd.md'));
    expect(await reportedFor(root, 'adr/passwd.md')).toEqual([{ rule: 'identity/file-name', line: 1 }]);
  });
});

describe('the reader on hostile text', () => {
  it('reports a 300-character tag at its line instead of letting it become a folder name the build cannot write', async () => {
    const tag = Array.from({ length: 60 }, () => 'queue').join('-');
    const root = await temporaryRepository({ 'content/team.yaml': ROSTER, 'adr/0001-one-team.md': adr(`${VALID}tags:\n  - ${tag}\n`) });
    const { diagnostics, entries } = await loadRepository(root);
    expect(diagnostics.map(({ rule, line, message }) => ({ rule, line, limit: /at most (\d+) characters/.exec(message)?.[1] }))).toEqual([{ rule: 'schema/invalid-field', line: 7, limit: '64' }]);
    expect(entries.adr).toEqual([]);
  });

  it.each([
    ['an alias without an anchor', 'status: *a\n', 'schema/yaml-syntax'],
    ['an alias bomb', `a: &a [x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 12 }, (_, index) => `${String.fromCharCode(98 + index)}: &${String.fromCharCode(98 + index)} [*${String.fromCharCode(97 + index)}, *${String.fromCharCode(97 + index)}, *${String.fromCharCode(97 + index)}, *${String.fromCharCode(97 + index)}]`).join('\n')}\n`, 'schema/yaml-syntax'],
  ])('reports %s in front matter as a diagnostic, not a throw', async (_, frontmatter, rule) => {
    const root = await temporaryRepository({ 'content/team.yaml': ROSTER, 'adr/0001-one-team.md': adr(frontmatter) });
    expect((await reportedFor(root, 'adr/0001-one-team.md')).map((diagnostic) => diagnostic.rule)).toContain(rule);
  });

  it.each([
    ['600 levels of indented list (the 2,000 of the report are over the size limit already)', Array.from({ length: 600 }, (_, level) => `${'  '.repeat(level)}- x`).join('\n')],
    ['2,000 levels of list on one line', `${'- '.repeat(2000)}x`],
    ['2,000 levels of quotes on one line', `${'> '.repeat(2000)}x`],
  ])('refuses %s before parsing it, naming the limit', async (_, body) => {
    const root = await temporaryRepository({ 'content/team.yaml': ROSTER, 'adr/0001-one-team.md': adr(VALID, body) });
    const { diagnostics } = await loadRepository(root);
    expect(diagnostics.map(({ rule, message }) => ({ rule, limit: /limit of (\d+)/.exec(message)?.[1] }))).toEqual([{ rule: 'input/too-deep', limit: '64' }]);
  });
});

it('writes nothing when it reads: every file and folder of the repository is as it was, bytes and times', async () => {
  const root = await temporaryRepository({ 'content/team.yaml': ROSTER, 'adr/0001-one-team.md': adr(VALID), 'adr/0002-broken.md': '---\ntitle: [unclosed\n---\n' });
  const snapshot = async () => {
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    return Promise.all(
      entries.map(async (entry) => {
        const full = path.join(entry.parentPath, entry.name);
        const info = await stat(full);
        return `${path.relative(root, full)} ${info.mtimeMs} ${info.size} ${entry.isFile() ? (await readFile(full)).toString('base64') : 'folder'}`;
      }),
    );
  };
  const before = (await snapshot()).sort();
  await loadRepository(root);
  expect((await snapshot()).sort()).toEqual(before);
});
