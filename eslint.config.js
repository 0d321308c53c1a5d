import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

/**
 * One lint configuration for every project. The module-boundary rule is the architecture:
 * arrows only point down, apps and the CLI -> content -> schema, and the schema lib imports no project.
 */
export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/dist-fixtures/**',
      '**/.astro/**',
      '**/test-results/**',
      '**/playwright-report/**',
    ],
  },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    files: ['**/*.ts', '**/*.astro'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:content', 'type:schema', 'type:slides'],
            },
            { sourceTag: 'type:slides', onlyDependOnLibsWithTags: ['type:schema'] },
            {
              sourceTag: 'type:e2e',
              onlyDependOnLibsWithTags: ['type:content', 'type:schema', 'type:cli', 'type:slides'],
            },
            { sourceTag: 'type:cli', onlyDependOnLibsWithTags: ['type:content', 'type:schema'] },
            { sourceTag: 'type:content', onlyDependOnLibsWithTags: ['type:schema'] },
            { sourceTag: 'type:schema', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            {
              sourceTag: 'scope:handbook',
              onlyDependOnLibsWithTags: ['scope:handbook', 'scope:shared'],
            },
          ],
        },
      ],
    },
  },
  // Formatting is Prettier's (`.prettierrc.json`, checked in `npm test`); no lint rule argues with it.
  prettier,
);
