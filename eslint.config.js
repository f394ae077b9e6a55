import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';

const FEATURES = readdirSync(new URL('./src/features', import.meta.url));

/**
 * One file-name convention for the tree: modules are kebab-case (`label-declutter.ts`,
 * `use-presenter-keys.ts`), React components are PascalCase and a component file exports the
 * component it is named after (`PointList.tsx` exports `PointList`), so a name found in the
 * README's table or an import is the file to open.
 */
const fileNames = {
  meta: { type: 'suggestion', schema: [] },
  create(context) {
    const file = basename(context.filename);
    const [stem, ...suffixes] = file.split('.');
    const extension = suffixes.at(-1);
    const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;
    const pascal = /^[A-Z][A-Za-z0-9]*$/;
    const report = (node, message) => context.report({ node, message: `${file}: ${message}` });
    return {
      Program(node) {
        if (extension === 'tsx' && pascal.test(stem)) {
          const exported = node.body.flatMap((statement) => {
            if (statement.type !== 'ExportNamedDeclaration') return [];
            const declaration = statement.declaration;
            if (declaration?.id?.name !== undefined) return [declaration.id.name];
            if (declaration?.declarations !== undefined)
              return declaration.declarations.map((d) => d.id.name);
            return statement.specifiers.map((s) => s.exported.name);
          });
          const isDefault = node.body.some((s) => s.type === 'ExportDefaultDeclaration');
          if (!isDefault && !exported.includes(stem))
            report(node, `a PascalCase file exports the component it is named after (${stem})`);
        } else if (!kebab.test(stem)) {
          report(node, 'modules are named in kebab-case; only component files are PascalCase');
        }
      },
    };
  },
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/models', 'models/pictures', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: {
      'react-hooks': reactHooks,
      'import-x': importX,
      atlas: { rules: { 'file-names': fileNames } },
    },
    settings: { 'import-x/resolver': { typescript: true, node: true } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'atlas/file-names': 'error',
      'import-x/no-cycle': 'error',
      // The data's way through the app runs one direction (see README, "Where things live").
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './points', from: './src', message: 'points/ is data and schema only.' },
            { target: './models', from: './src', message: 'models/ must not depend on the app.' },
            {
              target: './src/data',
              from: ['./src/app', './src/features', './src/ui', './src/scene', './src/state'],
              message: 'src/data is pure functions over the dataset.',
            },
            {
              target: './src/lib',
              from: ['./src/app', './src/features', './src/ui', './src/scene', './src/state'],
              message: 'src/lib holds browser helpers that know nothing of the atlas.',
            },
            {
              target: './src/class',
              // Its tests run the client against the real hub, so src/server is not fenced off.
              from: ['./src/app', './src/features', './src/ui', './src/scene'],
              message: 'the classroom protocol and client are shared by the hub and the app.',
            },
            {
              target: './src/state',
              from: ['./src/app', './src/features', './src/ui', './src/scene'],
              message: 'the shared state is read by the UI and the scene, never the reverse.',
            },
            {
              target: './src/ui',
              from: ['./src/app', './src/features', './src/scene'],
              message: 'shared UI knows no feature and no 3D; the scene talks through state.',
            },
            {
              target: './src/scene',
              from: ['./src/app', './src/features', './src/ui'],
              message: 'the shared scene knows no feature; features hand it their parts.',
            },
            ...FEATURES.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message: 'a feature never imports another feature; src/app is where they meet.',
            })),
            {
              target: './src/features',
              from: './src/app',
              message: 'src/app composes the features; they do not reach back into it.',
            },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // State has one home: a store's state and its named actions. A module-level `let` in the
    // app's features or its scene is state that no store shows and nothing can reset; a pure memo
    // (made once, then only read) may stay, named so (`...Memo`).
    files: ['src/features/**/*.{ts,tsx}', 'src/scene/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            ":matches(Program, ExportNamedDeclaration) > VariableDeclaration[kind='let'] > VariableDeclarator[id.name!=/Memo$/]",
          message:
            'Module-level state belongs in a store (its state and named actions); a memo made once may stay, named `...Memo`.',
        },
      ],
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
