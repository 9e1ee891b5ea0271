import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import tseslint from 'typescript-eslint';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    '.next/**',
    '.data/**',
    'lib/generated/**',
    'next-env.d.ts',
    'playwright-report/**',
    'test-results/**',
    'scratch/**',
  ]),
  // typescript-eslint's type-checked recommended rules, on the TypeScript sources.
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ['**/*.ts', '**/*.tsx'] })),
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
  {
    // A component never reads the database: only lib/ may import the Prisma client.
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@/lib/db', message: 'Call a query from lib/<capability>/queries.ts instead.' }],
          patterns: [
            {
              group: ['**/generated/prisma/client', '@prisma/client'],
              message: 'Pages and components do not use Prisma.',
            },
          ],
        },
      ],
    },
  },
]);
