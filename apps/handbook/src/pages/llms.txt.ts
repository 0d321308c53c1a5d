import type { APIRoute } from 'astro';
import { llmsText } from '../lib/llms-text.ts';

/** `/llms.txt`: the handbook's entries as links to their Markdown twins, for coding agents. */
export const GET: APIRoute = async () =>
  new Response(await llmsText(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
