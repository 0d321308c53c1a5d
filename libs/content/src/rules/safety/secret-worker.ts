/**
 * The worker thread of a threaded {@link createSecretScanner}: scans each text it is sent with
 * `scanSecrets` and posts the diagnostics back under the request's id. It loads secretlint and
 * the secret rule only, so it is ready before the main thread has parsed many files.
 */
import { parentPort } from 'node:worker_threads';
import { scanSecrets } from './secret.ts';

/** One text to scan, as the main thread sends it. */
export interface SecretRequest {
  id: number;
  file: string;
  text: string;
}

parentPort?.on('message', (request: SecretRequest) => {
  void scanSecrets(request.file, request.text).then((diagnostics) => parentPort?.postMessage({ id: request.id, diagnostics }));
});
