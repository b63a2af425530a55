import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'storybook-static/', 'src/generated/', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    settings: { wc: { elementBaseClasses: ['LitElement', 'IrevElement'] } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Lit's own idiom: `static styles`, decorators, `render()` without a return type.
      'wc/guard-super-call': 'off',
      // Text from data goes through msg() or stays text; never unsafeHTML.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Data stays text: see DESIGN.md, safety rules.' }] },
      ],
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'server/**', 'test/server/**', '*.config.*', '.storybook/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
