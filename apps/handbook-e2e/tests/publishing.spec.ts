import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '@handbook/cli';
import { readHeadersFile, repositorySettings } from '@handbook/content';
import { test as base, expect, type APIRequestContext } from '@playwright/test';
import { FIXTURE_REPOSITORY, FIXTURE_TODAY, fixtureSite } from '../src/serve-built-site.ts';

/**
 * The self-hosting recipe (deploy/README.md) run for real: the fixture site served by Debian's
 * Caddy with the configuration `handbook caddyfile` generates, once behind an identity proxy
 * (a stand-in for oauth2-proxy: it admits a request carrying its cookie) and once behind HTTP
 * basic auth. `.ci/run` installs Caddy; elsewhere, without it, these tests skip and say why.
 */
const CADDY = ['/usr/bin/caddy', '/usr/local/bin/caddy'].find((file) => existsSync(file));
const SITE = fixtureSite('repository');
const SIGNED_IN = '_oauth2_proxy=signed-in';
const USER = 'reader';
const PASSWORD = 'correct horse battery staple';

/** Every file of the built site as a path (`/adr/0001-x/`, `/pagefind/pagefind.js`), `_headers` included. */
async function everyPath(): Promise<string[]> {
  const files = await readdir(SITE, { recursive: true, withFileTypes: true });
  return files
    .filter((file) => file.isFile())
    .map((file) =>
      `/${path.relative(SITE, path.join(file.parentPath, file.name))}`
        .split(path.sep)
        .join('/')
        .replace(/(^|\/)index\.html$/, '$1'),
    );
}

/** A port no one listens on. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The identity proxy's stand-in: `/oauth2/auth` admits the signed-in cookie (202) and refuses the rest (401). */
async function identityProxy(): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.url?.startsWith('/oauth2/auth')) {
      response.writeHead(request.headers.cookie?.includes(SIGNED_IN) ? 202 : 401).end();
    } else response.writeHead(200, { 'Content-Type': 'text/plain' }).end('sign-in page');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** Caddy serving `caddyfile`, once it answers at `port`. */
async function startCaddy(caddy: string, caddyfile: string, port: number): Promise<ChildProcess> {
  const server = spawn(caddy, ['run', '--config', caddyfile, '--adapter', 'caddyfile'], {
    stdio: 'ignore',
    env: { ...process.env, HOME: path.dirname(caddyfile), XDG_DATA_HOME: path.dirname(caddyfile) },
  });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const answered = await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    );
    if (answered) return server;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`Caddy did not start serving ${caddyfile} on port ${port}`);
}

/** Writes `handbook caddyfile` output for `args` into `folder`, as a self-hoster would. */
async function generate(folder: string, name: string, args: string[]): Promise<string> {
  const out = path.join(folder, name);
  let refused = '';
  const io = {
    cwd: folder,
    stdout: () => undefined,
    stderr: (text: string) => void (refused += text),
    colour: false,
    today: FIXTURE_TODAY,
    now: `${FIXTURE_TODAY}T12:00:00+00:00`,
  };
  expect(await runCli(['caddyfile', '--site', SITE, ...args, '--out', out], io), refused).toBe(0);
  return out;
}

const test = base.extend<object, { servers: { forward: string; basic: string } }>({
  servers: [
    async ({}, use) => {
      if (CADDY === undefined)
        throw new Error('Caddy is not installed: .ci/run installs it (apt-get install caddy).');
      const folder = await mkdtemp(path.join(tmpdir(), 'handbook-caddy-'));
      const proxy = await identityProxy();
      const hash = execFileSync(CADDY, ['hash-password', '--plaintext', PASSWORD], {
        encoding: 'utf8',
      }).trim();
      await writeFile(path.join(folder, 'users'), `${USER} ${hash}\n`);
      const [forwardPort, basicPort] = [await freePort(), await freePort()];
      const proxyAddress = `127.0.0.1:${(proxy.address() as AddressInfo).port}`;
      const forwardFile = await generate(folder, 'Caddyfile.forward', [
        '--auth',
        'forward',
        '--identity-proxy',
        proxyAddress,
        '--address',
        `:${forwardPort}`,
      ]);
      const basicFile = await generate(folder, 'Caddyfile.basic', [
        '--auth',
        'basic',
        '--users',
        'users',
        '--address',
        `:${basicPort}`,
      ]);
      const caddies = [
        await startCaddy(CADDY, forwardFile, forwardPort),
        await startCaddy(CADDY, basicFile, basicPort),
      ];
      await use({
        forward: `http://127.0.0.1:${forwardPort}`,
        basic: `http://127.0.0.1:${basicPort}`,
      });
      for (const caddy of caddies) caddy.kill();
      await new Promise((resolve) => proxy.close(resolve));
      await rm(folder, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});

test.skip(
  CADDY === undefined && !process.env.CI,
  'Caddy is not installed (apt-get install caddy; .ci/run installs it): the self-hosting recipe is not exercised',
);
test.describe.configure({ mode: 'serial' });

const BASIC = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;

/** The response to `url` without following redirects. */
const get = (request: APIRequestContext, url: string, headers: Record<string, string> = {}) =>
  request.get(url, { maxRedirects: 0, headers });

test('without credentials every path, the search index and the feeds are refused', async ({
  servers,
  request,
}) => {
  const paths = await everyPath();
  expect(paths).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/adr/feed.xml']));
  for (const address of paths) {
    const basic = await get(request, servers.basic + address);
    expect(basic.status(), address).toBe(401);
    expect(basic.headers()['www-authenticate'], address).toMatch(/^Basic /);
    const forward = await get(request, servers.forward + address);
    expect(forward.status(), address).toBe(302);
    expect(forward.headers().location, address).toMatch(/^\/oauth2\/sign_in\?rd=/);
  }
});

test('signed in, every page carries the headers of _headers, field by field', async ({
  servers,
  request,
}) => {
  const policy = readHeadersFile(readFileSync(path.join(SITE, '_headers'), 'utf8'));
  expect(policy.map(([name]) => name)).toEqual(
    expect.arrayContaining(['Content-Security-Policy', 'X-Robots-Tag']),
  );
  for (const address of ['/', '/adr/', '/incidents/feed.xml', '/pagefind/pagefind.js']) {
    for (const response of [
      await get(request, servers.basic + address, { Authorization: BASIC }),
      await get(request, servers.forward + address, { Cookie: SIGNED_IN }),
    ]) {
      expect(response.status(), address).toBe(200);
      for (const [name, value] of policy)
        expect(response.headers()[name.toLowerCase()], `${name} on ${address}`).toBe(value);
    }
  }
  const hidden = await get(request, `${servers.basic}/_headers`, { Authorization: BASIC });
  expect(hidden.status()).toBe(404);
});

test('robots.txt disallows every path, and the feeds and sitemap carry the configured address', async ({
  servers,
  request,
}) => {
  const robots = await get(request, `${servers.basic}/robots.txt`, { Authorization: BASIC });
  expect(await robots.text()).toBe('User-agent: *\nDisallow: /\n');
  const { site } = repositorySettings(FIXTURE_REPOSITORY);
  for (const address of ['/adr/feed.xml', '/incidents/feed.xml', '/sitemap-0.xml']) {
    const body = await (
      await get(request, servers.basic + address, { Authorization: BASIC })
    ).text();
    expect(body, address).toContain(`${site}/`);
    expect(body, address).not.toMatch(/localhost|127\.0\.0\.1/);
  }
});
