import path from 'node:path';
import { measureDevEdits } from './dev-edit.ts';
const root = process.argv[2]!;
const which = process.argv[3] ?? 'handbook';
const astro = '/work/main/node_modules/astro/bin/astro.mjs';
const id = '0500-decision-number-500';
const project = which === 'handbook' ? '/work/main/apps/handbook' : '/work/main/scripts/bench/plain-astro';
const figures = await measureDevEdits(astro, project, { HANDBOOK_REPOSITORY: root, BASELINE_CONTENT: root }, 4399, `/adr/${id}/`, path.join(root, 'adr', `${id}.md`), 3);
console.log(which, figures.map((f) => `${f.milliseconds.toFixed(0)}${f.shown ? '' : '(not shown)'}`).join(' '));
