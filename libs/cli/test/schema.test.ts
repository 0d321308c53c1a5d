import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { SCHEMA_DOCUMENTS } from '@handbook/schema';
import { describe, expect, it } from 'vitest';
import { copyOfRepository, handbook, REPOSITORY_ROOT } from './repository-copy.ts';

interface JsonSchema {
  type?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  anyOf?: JsonSchema[];
  items?: JsonSchema;
}

/** Every property, at any depth, that has no description: what an editor would show no help for. */
function undescribed(schema: JsonSchema, at = ''): string[] {
  const own = Object.entries(schema.properties ?? {}).flatMap(([key, property]) => [
    ...(property.description === undefined ? [`${at}${key}`] : []),
    ...undescribed(property, `${at}${key}.`),
  ]);
  return [
    ...own,
    ...(schema.items === undefined ? [] : undescribed(schema.items, at)),
    ...(schema.anyOf ?? []).flatMap((option) => undescribed(option, at)),
  ];
}

describe('handbook schema', () => {
  it('writes a JSON Schema per content type and the roster, each field described', async () => {
    const root = await copyOfRepository();
    const run = await handbook(root, 'schema', '--out', 'schemas');
    expect(run.code).toBe(0);
    const files = (await readdir(path.join(root, 'schemas'))).sort();
    expect(files).toEqual(SCHEMA_DOCUMENTS.map((name) => `${name}.schema.json`).sort());
    for (const file of files) {
      const schema = JSON.parse(
        await readFile(path.join(root, 'schemas', file), 'utf8'),
      ) as JsonSchema;
      expect(schema.type, file).toBe('object');
      expect(undescribed(schema), file).toEqual([]);
    }
    const adr = JSON.parse(
      await readFile(path.join(root, 'schemas/adr.schema.json'), 'utf8'),
    ) as JsonSchema & { required: string[] };
    expect(adr.required).toEqual(['title']);
    expect(adr.properties?.status).toMatchObject({
      enum: ['proposed', 'accepted', 'rejected', 'deprecated', 'superseded'],
    });
  });

  it('matches the schemas committed for VS Code, which settings.json points at', async () => {
    const root = await copyOfRepository();
    const run = await handbook(root, 'schema');
    const generated = JSON.parse(run.stdout) as Record<string, unknown>;
    for (const [document, schema] of Object.entries(generated)) {
      const committed = JSON.parse(
        await readFile(path.join(REPOSITORY_ROOT, 'schemas', `${document}.schema.json`), 'utf8'),
      ) as unknown;
      expect(
        committed,
        `schemas/${document}.schema.json is stale: run npx handbook schema --out schemas`,
      ).toEqual(schema);
    }
    const settings = JSON.parse(
      await readFile(path.join(REPOSITORY_ROOT, '.vscode/settings.json'), 'utf8'),
    ) as {
      'json.schemas': { fileMatch: string[]; url: string }[];
      'yaml.schemas': Record<string, string>;
    };
    const referenced = [
      ...settings['json.schemas'].map((entry) => entry.url),
      ...Object.keys(settings['yaml.schemas']),
    ];
    for (const url of referenced)
      await expect(readFile(path.join(REPOSITORY_ROOT, url), 'utf8')).resolves.toContain(
        '"$schema"',
      );
  });

  it('leaves an unchanged schema file alone and says so', async () => {
    const root = await copyOfRepository();
    await handbook(root, 'schema', '--out', 'schemas');
    const again = await handbook(root, 'schema', '--out', 'schemas');
    expect(
      again.stdout
        .split('\n')
        .filter(Boolean)
        .every((line) => line.endsWith('(unchanged)')),
    ).toBe(true);
  });
});
