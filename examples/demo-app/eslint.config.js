// The app's ESLint flat config: the plugin's README usage, plus the parser TypeScript files need.
import optimocms from '@optimocms/eslint-plugin';
import tseslint from 'typescript-eslint';

export default [
  { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tseslint.parser } },
  optimocms.configs.recommended,
];
