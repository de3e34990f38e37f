import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The process boundary, enforced: renderer/ and shared/ run in the page (shared/ also in Node
// tools), so neither may import Electron or Node built-ins. Only electron/ and tooling may.
const processBoundary = {
  'no-restricted-imports': [
    'error',
    {
      paths: [
        { name: 'electron', message: 'Electron is main/preload only: go through the platform adapter.' },
      ],
      patterns: [
        { group: ['node:*'], message: 'Node built-ins never reach renderer/ or shared/.' },
        {
          group: ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'http', 'https', 'net', 'events'],
          message: 'Node built-ins never reach renderer/ or shared/.',
        },
        {
          group: ['**/electron/main/**', '**/electron/preload/index*'],
          message: 'Only the preload API type may be imported.',
        },
      ],
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist-renderer/',
      'dist-electron/',
      'release/',
      'test-results/',
      'screenshots/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['renderer/**/*.{ts,tsx}', 'shared/**/*.ts', 'data/**/*.ts'],
    ignores: ['renderer/vite.config.ts'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, ...processBoundary },
  },
  {
    files: [
      'electron/**/*.ts',
      'electron/**/*.mjs',
      'tests/**/*.{ts,tsx,mjs}',
      '*.config.{ts,js}',
      'renderer/vite.config.ts',
    ],
    languageOptions: { globals: globals.node },
  },
  // Type-aware rules: a promise nobody handles is a write whose failure nobody sees. `void p`
  // is not an answer (ignoreVoid: false); user-data writes go through useCheckedWrite. Only the
  // router's navigate is known to be safe to leave floating.
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          ignoreVoid: false,
          allowForKnownSafeCalls: [{ from: 'package', name: 'NavigateFunction', package: 'react-router' }],
        },
      ],
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
