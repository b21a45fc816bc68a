import { ESLintUtils } from '@typescript-eslint/utils';

/**
 * Which shared config enables a rule: `'recommended'` (and therefore `strict`),
 * `'strict'` only, or both with stricter options in `strict`.
 * The configs are generated from this field (see `configs.ts`), never hand-listed.
 */
export type RuleRecommendation = 'recommended' | 'strict' | { readonly recommended: true; readonly strict: readonly unknown[] };

/** The plugin's `meta.docs` on top of ESLint's. */
export interface OptimoRuleDocs {
  recommended: RuleRecommendation;
  /** True when the rule needs type information whatever its options. */
  requiresTypeChecking?: boolean;
}

const DOCS_BASE = 'https://github.com/optimocms/optimocms-guard/blob/main/packages/eslint-plugin/docs/rules';

export const createRule = ESLintUtils.RuleCreator<OptimoRuleDocs>((name) => `${DOCS_BASE}/${name}.md`);
