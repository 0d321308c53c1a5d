import type { APIRoute } from 'astro';
import { entryPaths } from '../../lib/entry-paths.ts';
import { twinOf } from '../../lib/llms-text.ts';

/**
 * The Markdown twin of every entry page, at the page's address with `.md` appended
 * (`/adr/0005-x.md`): its standing first (superseded, rejected, example), a short header, then
 * the body with links to other entries pointing at their twins. For coding agents (issue 27).
 */
export const getStaticPaths = entryPaths;

type Props = Awaited<ReturnType<typeof entryPaths>>[number]['props'];

export const GET: APIRoute<Props> = async ({ props: { type, entry } }) =>
  new Response(await twinOf(type, entry), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
