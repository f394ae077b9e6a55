import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/models', 'bench/reports', 'models/pictures'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: { 'import-x/resolver': { typescript: true, node: true } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-cycle': 'error',
      // The data's way through the app runs one direction (see README, "Layout").
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './points', from: './src', message: 'points/ is data and schema only.' },
            { target: './models', from: './src', message: 'models/ must not depend on the app.' },
            {
              target: './src/ui',
              from: './src/scene',
              message: 'ui and scene talk through state only.',
            },
            {
              target: './src/scene',
              from: './src/ui',
              message: 'ui and scene talk through state only.',
            },
            {
              target: './src/data',
              from: ['./src/ui', './src/scene', './src/state'],
              message: 'data is pure.',
            },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'src/e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
