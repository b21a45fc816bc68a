// eslint-doc-generator: rule doc headers, options lists and the README rules table (`pnpm lint` runs it with --check).
/** @type {import('eslint-doc-generator').GenerateOptions} */
const config = {
  ruleDocTitleFormat: 'prefix-name',
  ruleListColumns: ['name', 'description', 'configsError', 'hasSuggestions', 'options'],
  ruleDocNotices: ['description', 'configs', 'hasSuggestions', 'options'],
  urlConfigs: 'https://github.com/optimocms/optimocms-guard/tree/main/packages/eslint-plugin#configs',
};

export default config;
