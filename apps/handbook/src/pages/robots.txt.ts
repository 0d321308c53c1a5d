import type { APIRoute } from 'astro';
import { publicIndexing, robotsText } from '../lib/robots.ts';

/** `/robots.txt`: no crawler may read the handbook unless the repository opts in (see `publicIndexing`). */
export const GET: APIRoute = ({ site }) =>
  new Response(robotsText(publicIndexing(), new URL('/sitemap-index.xml', site)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
