import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Page text is only ever inserted as text (see SECURITY.md).
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Insert text with textContent or Preact, never HTML strings.' },
        { property: 'outerHTML', message: 'Insert text with textContent or Preact, never HTML strings.' },
        {
          property: 'insertAdjacentHTML',
          message: 'Insert text with textContent or Preact, never HTML strings.',
        },
      ],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['lib/**/*.ts'],
    ignores: ['lib/portals/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'lib/ is pure: no browser.* (see DESIGN.md).' },
        { name: 'chrome', message: 'lib/ is pure.' },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.tsx', 'scripts/**/*.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  prettier,
);
