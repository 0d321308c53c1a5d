import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { middleBy } from './measure-process.ts';

/** What one kind of page costs a reader: its HTML and the JavaScript it loads on page load, raw and gzipped. */
export interface PageWeight {
  kind: string;
  pages: number;
  htmlBytes: number;
  htmlGzipBytes: number;
  scriptBytes: number;
  scriptGzipBytes: number;
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;

/** The kind of a built page by its path: `home`, `adr list`, `adr entry`, `adr status` (a facet of the log). */
function kindOf(file: string): string {
  const parts = file.split('/').slice(0, -1);
  if (parts.length === 0) return 'home';
  if (parts.length === 1) return `${parts[0]} list`;
  if (parts.length === 3 && parts[0] === 'adr') return `adr ${parts[1]}`;
  return `${parts[0]} entry`;
}

/** Static imports of a bundled module (`import"./x.js"`, `from"./y.js"`); dynamic `import()` is left out. */
const STATIC_IMPORT = /(?:\bimport|\bfrom)\s*["']([^"']+)["']/g;

/**
 * The median page of each kind in a built site: HTML bytes, and the JavaScript it runs on load
 * (inline scripts plus each `<script src>` module with the modules it imports statically). Pagefind is not counted, since it loads on the first search.
 * Input: the site's output folder. Output: one row per kind, by kind.
 */
export async function pageWeights(dist: string): Promise<PageWeight[]> {
  const files = (await readdir(dist, { recursive: true }))
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
  const byKind = new Map<string, Omit<PageWeight, 'kind' | 'pages'>[]>();
  const gzipped = new Map<string, { raw: number; gzip: number }>();
  /** A module's bytes with those of every module it imports statically, each counted once. */
  const sizeOf = async (source: string) => {
    const known = gzipped.get(source);
    if (known !== undefined) return known;
    const size = { raw: 0, gzip: 0 };
    const seen = new Set<string>();
    const pending = [source];
    while (pending.length > 0) {
      const module = pending.pop() as string;
      if (seen.has(module)) continue;
      seen.add(module);
      const bytes = await readFile(path.join(dist, module));
      size.raw += bytes.length;
      size.gzip += gzipSync(bytes).length;
      for (const [, imported = ''] of bytes.toString('utf8').matchAll(STATIC_IMPORT)) {
        if (imported.startsWith('.'))
          pending.push(path.posix.join(path.posix.dirname(module), imported));
      }
    }
    gzipped.set(source, size);
    return size;
  };
  for (const file of files) {
    const html = await readFile(path.join(dist, file));
    let scriptBytes = 0;
    let scriptGzipBytes = 0;
    for (const [, attributes = '', inline = ''] of html.toString('utf8').matchAll(SCRIPT)) {
      const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
      const size =
        src === undefined
          ? { raw: Buffer.byteLength(inline), gzip: gzipSync(inline).length }
          : await sizeOf(src.replace(/^\//, ''));
      scriptBytes += size.raw;
      scriptGzipBytes += size.gzip;
    }
    const row = {
      htmlBytes: html.length,
      htmlGzipBytes: gzipSync(html).length,
      scriptBytes,
      scriptGzipBytes,
    };
    byKind.set(kindOf(file), [...(byKind.get(kindOf(file)) ?? []), row]);
  }
  return [...byKind]
    .map(([kind, rows]) => {
      const middle = middleBy(rows, (row) => row.htmlBytes) as Omit<PageWeight, 'kind' | 'pages'>;
      return { kind, pages: rows.length, ...middle };
    })
    .sort((a, b) => a.kind.localeCompare(b.kind));
}

/** Bytes of Pagefind fetched on a first search: its module, worker, WebAssembly and entry file. */
export async function searchFirstUseBytes(dist: string): Promise<number> {
  const folder = path.join(dist, 'pagefind');
  const names = (await readdir(folder)).filter((name) =>
    /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.[a-z]+\.pagefind)$/.test(name),
  );
  const sizes = await Promise.all(
    names.map(async (name) => (await readFile(path.join(folder, name))).length),
  );
  return sizes.reduce((sum, size) => sum + size, 0);
}
