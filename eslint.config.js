// Lint rules that keep the architecture honest (CONVENTIONS.md, "What may import what").
import js from '@eslint/js';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layer = (patterns, message) => ({ group: patterns, message });

const noProcessEnv = {
  selector: "MemberExpression[object.name='process'][property.name='env']",
  message: 'Read configuration through src/config.ts only.',
};
const noDefaultExport = { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' };

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'docs/**', 'coverage/**', '.bench-data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': ['error', noProcessEnv, noDefaultExport],
      // vitest's hooks take a context object as their first argument; `{}` names it unused.
      'no-empty-pattern': 'off',
    },
  },
  {
    files: ['src/config.ts'],
    rules: { 'no-restricted-syntax': ['error', noDefaultExport] },
  },
  {
    files: ['src/db/migrations/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      'no-restricted-imports': ['error', { patterns: [layer(['../*', '../../*'], 'A migration imports kysely only: it must not change when application code does.')] }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            layer(['kysely', 'fastify', 'fastify-*', '@fastify/*', 'pg', 'pg-boss', 'zod', 'react', 'node:*'], 'The domain is pure: no I/O, no frameworks, no wire schemas.'),
            layer(['**/contracts/*', '**/db/*', '**/services/*', '**/api/*', '**/cli/*', '**/jobs/*', '**/i18n/*'], 'The domain imports only itself.'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/contracts/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [layer(['**/db/*', '**/api/*', '**/services/*', '**/cli/*', 'kysely', 'fastify'], 'Contracts describe wire shapes; they know no database or transport.')] }],
    },
  },
  {
    files: ['src/db/repositories/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [layer(['**/services/*', '**/api/*', '**/cli/*', '**/contracts/*', 'fastify', 'zod'], 'Repositories hold SQL only and map rows to domain types.')] }],
    },
  },
  {
    files: ['src/services/**/*.ts'],
    ignores: ['src/services/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [layer(['**/api/*', '**/cli/*', 'fastify', 'fastify-*', '@fastify/*', 'react'], 'Services know no transport.')] }],
    },
  },
  {
    files: ['src/api/**/*.ts', 'src/cli/**/*.ts', 'src/jobs/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [layer(['**/db/repositories/*', 'kysely'], 'Adapters call services; SQL lives in repositories.')] }],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { react, 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    settings: { react: { version: 'detect' } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react/jsx-no-literals': ['error', { noStrings: true, ignoreProps: true, noAttributeStrings: false }],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/src/*', '!**/web/src/*'], allowTypeImports: true, message: 'The browser imports server contracts as types only.' }] },
      ],
    },
  },
  {
    files: ['vite.config.ts', 'vitest.config.ts', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['scripts/**/*.ts', 'bench/**/*.ts', 'test/**/*.ts', 'src/**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', noDefaultExport] },
  },
);
