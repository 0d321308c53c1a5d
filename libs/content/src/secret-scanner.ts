import { Worker } from 'node:worker_threads';
import type { Diagnostic } from './diagnostic.ts';
import type { SecretRequest } from './rules/safety/secret-worker.ts';
import { scanSecrets } from './rules/safety/secret.ts';

/** Scans content for credentials (`scanSecrets`), on this thread or on a worker thread beside it. */
export interface SecretScanner {
  scan(file: string, text: string): Promise<Diagnostic[]>;
  /** Stops the worker thread, if any; scans still pending are answered first. */
  close(): Promise<void>;
}

/**
 * A scanner of content for credentials. With `threaded`, the scans run on one worker thread
 * (`secret-worker.ts`), so that secretlint's regular expressions, a quarter of a lint's work,
 * run on the second core while this thread parses and validates; the worker is unreferenced, so
 * it never keeps the process alive. Threads need the sources run by Node itself (the CLI), not
 * bundled (the site's build), which scans on its own thread.
 */
export function createSecretScanner(threaded: boolean): SecretScanner {
  if (!threaded) return { scan: scanSecrets, close: () => Promise.resolve() };
  const worker = new Worker(new URL('./rules/safety/secret-worker.ts', import.meta.url));
  worker.unref();
  const pending = new Map<number, { request: SecretRequest; resolve: (diagnostics: Promise<Diagnostic[]> | Diagnostic[]) => void }>();
  let next = 0;
  worker.on('message', ({ id, diagnostics }: { id: number; diagnostics: Diagnostic[] }) => {
    pending.get(id)?.resolve(diagnostics);
    pending.delete(id);
  });
  // A worker that fails leaves every scan, pending or later, to this thread: no secret goes unreported.
  let failed = false;
  worker.on('error', () => {
    failed = true;
    for (const [id, { request, resolve }] of pending) {
      pending.delete(id);
      resolve(scanSecrets(request.file, request.text));
    }
  });
  return {
    scan(file, text) {
      if (failed) return scanSecrets(file, text);
      const request = { id: next++, file, text };
      return new Promise((resolve) => {
        pending.set(request.id, { request, resolve });
        worker.postMessage(request);
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}
