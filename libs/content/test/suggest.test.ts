import { describe, expect, it } from 'vitest';
import { loadRepository } from '../src/index.ts';
import { adr, ROSTER, temporaryRepository } from './temporary-repository.ts';

const FIELDS = 'title: One team\nstatus: accepted\ndate: 2026-11-16\ndecision-makers: [charles]\n';

async function fixOf(frontmatter: string): Promise<string[]> {
  const root = await temporaryRepository({ 'content/team.yaml': ROSTER, 'adr/0001-one-team.md': adr(frontmatter) });
  return (await loadRepository(root)).diagnostics.map((diagnostic) => diagnostic.fix);
}

describe('did you mean', () => {
  it('offers the near field for a typo, the allowed edits growing with the length of the word', async () => {
    expect(await fixOf(`${FIELDS}tag: [team]\n`)).toEqual(['Rename it to tags.']);
    expect(await fixOf(`${FIELDS}reveiw-dat: 2027-01-01\n`)).toEqual(['Rename it to review-date.']);
  });

  it('offers nothing for a short word that is merely a few letters from a field', async () => {
    const [fix] = await fixOf(`${FIELDS}nick: x\n`);
    expect(fix).toMatch(/^Remove it; the fields are title, status/);
  });

  it('suggests a person id for a typo, and none for a different person', async () => {
    expect(await fixOf(FIELDS.replace('[charles]', '[charls]'))).toEqual(['Did you mean charles?']);
    expect(await fixOf(FIELDS.replace('[charles]', '[chris]'))).toEqual(['Add the person to content/team.yaml or use an existing id.']);
  });
});
