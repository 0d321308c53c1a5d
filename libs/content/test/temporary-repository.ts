import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

const created: string[] = [];

afterEach(async () => {
  await Promise.all(created.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

/** Writes `files` (relative path → text) into a fresh folder and returns its path; removed after each test. */
export async function temporaryRepository(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'handbook-content-'));
  created.push(root);
  for (const [relativePath, text] of Object.entries(files)) {
    const absolutePath = path.join(root, relativePath);
    await mkdir(path.dirname(absolutePath), { recursive: true });
    await writeFile(absolutePath, text);
  }
  return root;
}

/** A roster with two teams' worth of people, enough for reference checks. */
export const ROSTER = `teams:
  - id: core-platform
    name: Core Platform
    manager: joao-matos
people:
  - id: charles
    name: Charles
    role: CTO
  - id: joao-matos
    name: João Matos
    role: Engineering Manager
    team: core-platform
  - id: peter-cipov
    name: Peter Cipov
    role: Infrastructure & Observability
    team: core-platform
`;

/** A body with every section an ADR needs. */
export const ADR_BODY = '## Context\n\nWhy.\n\n## Options Considered\n\nTwo.\n\n## Decision\n\nThis.\n\n## Consequences\n\nThose.\n';

/** An ADR file with the given front matter lines. */
export function adr(frontmatter: string, body = ADR_BODY): string {
  return `---\n${frontmatter}---\n\n${body}`;
}
