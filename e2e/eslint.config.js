// The repository's config, plus: fixture projects are consumer code with their own config, linted by the tests.
import rootConfig from '../eslint.config.js';

export default [{ name: 'optimocms/e2e-fixtures', ignores: ['fixtures/**'] }, ...rootConfig];
