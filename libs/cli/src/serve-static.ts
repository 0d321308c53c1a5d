import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** Serves the files of `folder` on a free local port; returns its address and how to stop it. */
export async function serveStatic(
  folder: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer(sirv(folder, { dev: false, etag: false }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
