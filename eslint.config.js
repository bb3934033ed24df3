// ESLint flat config: typescript-eslint for the code, jsx-a11y for the Preact UI.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-firefox/', 'out/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    // The core runs in pages too: no Node built-ins, no extension APIs, nothing from extension/.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'src/ runs in pages: no Node built-ins outside src/cli.' },
            {
              group: ['webextension-polyfill'],
              message: 'src/ has no extension APIs: wire them in extension/.',
            },
            { group: ['**/extension/**'], message: 'src/ never imports from extension/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**', 'scripts/**', 'tests/**', 'bin/**', '*.config.{js,ts}', '.ci/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
