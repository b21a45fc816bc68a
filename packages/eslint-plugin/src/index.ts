import { createRequire } from 'node:module';
import type { TSESLint } from '@typescript-eslint/utils';
import { buildConfigs, NAMESPACE, type ConfigName } from './configs.js';
import { rules } from './rules/index.js';

const { name, version } = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

/** The plugin object for flat config: `export default [optimocms.configs.recommended]`. */
export interface OptimoCmsPlugin {
  meta: { name: string; version: string; namespace: string };
  rules: typeof rules;
  configs: Record<ConfigName, TSESLint.FlatConfig.Config>;
}

const plugin: OptimoCmsPlugin = {
  meta: { name, version, namespace: NAMESPACE },
  rules,
  configs: {} as OptimoCmsPlugin['configs'],
};
// The configs hold the plugin itself, so they are built once the object exists.
Object.assign(plugin.configs, buildConfigs(plugin as unknown as TSESLint.FlatConfig.Plugin, rules));

export default plugin;
export type { ConfigName };
export type { Options as NoHardcodedApiKeyOptions, MessageIds as NoHardcodedApiKeyMessageIds } from './rules/no-hardcoded-api-key.js';
export type { Options as NoClientSideApiKeyOptions, MessageIds as NoClientSideApiKeyMessageIds } from './rules/no-client-side-api-key.js';
export type { Options as NoOverbroadScopesOptions, MessageIds as NoOverbroadScopesMessageIds } from './rules/no-overbroad-scopes.js';
export type { Options as NoUnknownScopeOptions, MessageIds as NoUnknownScopeMessageIds } from './rules/no-unknown-scope.js';
export type { Options as NoLiveKeyInTestsOptions, MessageIds as NoLiveKeyInTestsMessageIds } from './rules/no-live-key-in-tests.js';
export type { Options as NoSwappedKeyEnvironmentsOptions, MessageIds as NoSwappedKeyEnvironmentsMessageIds } from './rules/no-swapped-key-environments.js';
