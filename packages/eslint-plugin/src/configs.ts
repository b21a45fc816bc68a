import { COMPONENT_SOURCE_EXTENSIONS, SCRIPT_EXTENSIONS, extensionGlob } from '@optimocms/auth-types';
import type { TSESLint } from '@typescript-eslint/utils';
import type { OptimoRuleDocs } from './util/createRule.js';

/** The plugin's namespace: rule ids are `@optimocms/<rule>`. */
export const NAMESPACE = '@optimocms';

export type ConfigName = 'recommended' | 'strict';

/**
 * The files both configs lint: every JavaScript/TypeScript flavour and the
 * component formats of the framework model (`.vue`, `.svelte`, `.astro`).
 * Without `files`, ESLint lints only `.js/.mjs/.cjs`. Parsers are the
 * project's: place the configs after the framework's own ESLint config.
 */
export const CONFIG_FILES: readonly string[] = [
  `**/*.${extensionGlob(SCRIPT_EXTENSIONS)}`,
  `**/*.${extensionGlob([...COMPONENT_SOURCE_EXTENSIONS].sort())}`,
];

interface RuleWithDocs {
  meta: { docs?: Partial<OptimoRuleDocs> };
}

/**
 * Builds the shared configs from each rule's `meta.docs.recommended`
 * (never a hand-kept list): `'recommended'` rules are errors in both configs,
 * `'strict'` rules only in `strict`, and `{ recommended: true, strict: [options] }`
 * rules are errors in both, with the stricter options in `strict`.
 */
export function buildConfigs(
  plugin: TSESLint.FlatConfig.Plugin,
  rules: Record<string, RuleWithDocs>,
): Record<ConfigName, TSESLint.FlatConfig.Config> {
  const recommended: TSESLint.FlatConfig.Rules = {};
  const strict: TSESLint.FlatConfig.Rules = {};
  for (const [name, rule] of Object.entries(rules)) {
    const id = `${NAMESPACE}/${name}`;
    const recommendation = rule.meta.docs?.recommended;
    if (recommendation === 'recommended') {
      recommended[id] = 'error';
      strict[id] = 'error';
    } else if (recommendation === 'strict') {
      strict[id] = 'error';
    } else if (recommendation) {
      recommended[id] = 'error';
      strict[id] = ['error', ...recommendation.strict];
    }
  }
  return {
    recommended: { name: `${NAMESPACE}/recommended`, files: [...CONFIG_FILES], plugins: { [NAMESPACE]: plugin }, rules: recommended },
    strict: { name: `${NAMESPACE}/strict`, files: [...CONFIG_FILES], plugins: { [NAMESPACE]: plugin }, rules: strict },
  };
}
