import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_TYPE_NAMES, CONTENT_TYPES, ROSTER_FILE } from '@handbook/schema';
import { UsageError } from './exit-codes.ts';
import { replaceFile } from './write-file.ts';

/** Where VS Code reads a workspace's settings. */
const SETTINGS_FILE = '.vscode/settings.json';

/**
 * The settings that point VS Code at the generated schemas (`schemasFolder`, relative to `root`):
 * every data type's files (`json.schemas`, from the registry's folders) and the roster
 * (`yaml.schemas`, through the YAML extension). Markdown front matter has no editor setting.
 */
export function schemaSettings(schemasFolder: string): Record<string, unknown> {
  const url = (document: string) =>
    `./${path.posix.join(schemasFolder, `${document}.schema.json`)}`;
  return {
    'json.schemas': CONTENT_TYPE_NAMES.filter((name) => CONTENT_TYPES[name].format === 'data').map(
      (name) => {
        const { folder, recursive } = CONTENT_TYPES[name];
        return { fileMatch: [`/${folder}/${recursive ? '**/' : ''}*.json`], url: url(name) };
      },
    ),
    'yaml.schemas': { [url('team')]: ROSTER_FILE },
  };
}

/**
 * Writes {@link schemaSettings} into the workspace's `.vscode/settings.json` under `root`, keeping
 * every other setting; creates the file when missing. Output: whether it changed. Throws
 * {@link UsageError} when the file is not plain JSON (VS Code allows comments, which this would
 * lose): the settings to add are in the message.
 */
export async function writeSchemaSettings(root: string, schemasFolder: string): Promise<boolean> {
  const target = path.join(root, SETTINGS_FILE);
  const before = await readFile(target, 'utf8').catch(() => undefined);
  const wanted = schemaSettings(schemasFolder);
  let settings: Record<string, unknown> = {};
  try {
    settings = before === undefined ? {} : (JSON.parse(before) as Record<string, unknown>);
  } catch {
    throw new UsageError(
      `${SETTINGS_FILE} is not plain JSON (comments?); it was left as it is. Add these settings by hand: ${JSON.stringify(wanted)}`,
    );
  }
  const text = `${JSON.stringify({ ...settings, ...wanted }, null, 2)}\n`;
  if (text === before) return false;
  await replaceFile(target, text);
  return true;
}
