import type { APIRoute } from 'astro';
import { llmsFullText } from '../lib/llms-text.ts';

/** `/llms-full.txt`: what is in force (accepted decisions, open debt, handbook, runbooks, the latest scorecard) in one file. */
export const GET: APIRoute = async () =>
  new Response(await llmsFullText(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
