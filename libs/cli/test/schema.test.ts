import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SCHEMA_DOCUMENTS } from '@handbook/schema';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { schemaSettings } from '../src/vscode-settings.ts';
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

  it("tells an editor what lint would: cross-field requirements, the roster's people, dates by format", async () => {
    const root = await copyOfRepository();
    const schemas = JSON.parse((await handbook(root, 'schema')).stdout) as Record<string, object>;
    const validator = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
    const adr = validator.compile(schemas.adr ?? {});
    const base = { title: 'Share one queue', status: 'accepted', 'decision-makers': ['charles'] };
    expect(adr(base)).toBe(true);
    expect(adr({ ...base, status: 'superseded' })).toBe(false);
    expect(adr.errors?.map((error) => error.message)).toContain(
      "must have required property 'superseded-by'",
    );
    expect(adr({ ...base, status: 'superseded', 'superseded-by': '0004-split-queues' })).toBe(true);
    expect(adr({ ...base, 'decision-makers': [] })).toBe(false);
    expect(adr({ ...base, 'decision-makers': [], 'decision-date': 'unknown' })).toBe(true);
    expect(adr({ ...base, 'decision-makers': ['charls'] })).toBe(false);
    expect(adr.errors?.map((error) => error.params)).toContainEqual({
      allowedValues: ['charles', 'dana'],
    });
    const incident = validator.compile(schemas.incident ?? {});
    const resolved = { title: 'Reports timed out', severity: 'SEV3', status: 'resolved' };
    expect(
      incident({
        ...resolved,
        started: '2026-06-02T10:00:00+02:00',
        detected: '2026-06-02T10:12:00+02:00',
      }),
    ).toBe(false);
    expect(
      incident({
        ...resolved,
        started: '2026-06-02T10:00:00+02:00',
        detected: '2026-06-02T10:12:00+02:00',
        resolved: '2026-06-02T11:30:00+02:00',
      }),
    ).toBe(true);
    expect(schemas.adr).toMatchObject({ $id: 'urn:handbook:schema:adr' });
    expect(JSON.stringify(schemas)).not.toMatch(/"format":"date(?:-time)?","pattern"/);
  });

  it('matches the schemas committed for VS Code, which settings.json points at', async () => {
    const run = await handbook(REPOSITORY_ROOT, 'schema');
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
    expect(
      settings,
      '.vscode/settings.json is stale: run npx handbook schema --out schemas --vscode',
    ).toMatchObject(schemaSettings('schemas'));
    const referenced = [
      ...settings['json.schemas'].map((entry) => entry.url),
      ...Object.keys(settings['yaml.schemas']),
    ];
    for (const url of referenced)
      await expect(readFile(path.join(REPOSITORY_ROOT, url), 'utf8')).resolves.toContain(
        '"$schema"',
      );
  });

  it('points VS Code at the schemas of every data type and the roster, keeping other settings', async () => {
    const root = await copyOfRepository();
    await mkdir(path.join(root, '.vscode'), { recursive: true });
    await writeFile(path.join(root, '.vscode/settings.json'), '{ "editor.tabSize": 2 }\n');
    const run = await handbook(root, 'schema', '--out', 'schemas', '--vscode');
    expect(run.stdout).toContain('.vscode/settings.json\n');
    const settings = JSON.parse(
      await readFile(path.join(root, '.vscode/settings.json'), 'utf8'),
    ) as Record<string, unknown>;
    expect(settings).toMatchObject({
      'editor.tabSize': 2,
      'json.schemas': [
        { fileMatch: ['/scorecards/*.json'], url: './schemas/scorecard.schema.json' },
        { fileMatch: ['/content/stack/*.json'], url: './schemas/stack.schema.json' },
      ],
      'yaml.schemas': { './schemas/team.schema.json': 'content/team.yaml' },
    });
    await writeFile(
      path.join(root, '.vscode/settings.json'),
      '{\n  // mine\n  "editor.tabSize": 4\n}\n',
    );
    const refused = await handbook(root, 'schema', '--out', 'schemas', '--vscode');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('is not plain JSON (comments?); it was left as it is');
    expect(await readFile(path.join(root, '.vscode/settings.json'), 'utf8')).toContain('// mine');
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
