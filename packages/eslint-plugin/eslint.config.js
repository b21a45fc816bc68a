// The root config, plus eslint-plugin-eslint-plugin's checks for the rules themselves.
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import root from '../../eslint.config.js';

export default [
  ...root,
  {
    ...eslintPlugin.configs.recommended,
    name: 'optimocms/eslint-plugin-rules',
    files: ['src/rules/**/*.ts'],
    rules: {
      ...eslintPlugin.configs.recommended.rules,
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Disallow|Enforce|Require)' }],
      'eslint-plugin/require-meta-docs-url': 'off',
      'eslint-plugin/require-meta-schema-description': 'error',
      'eslint-plugin/require-meta-default-options': 'error',
      'eslint-plugin/no-property-in-node': 'off',
    },
  },
  {
    ...eslintPlugin.configs.tests,
    name: 'optimocms/eslint-plugin-tests',
    files: ['test/rules/**/*.ts'],
  },
];
