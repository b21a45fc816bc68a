import type { KeyEnvironment } from '@optimocms/auth-types';
import { expectedKeyEnvironment, stageOfName } from '@optimocms/secret-scan';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../util/createRule.js';
import { envReadOfMember } from '../util/env-reads.js';
import { keyEnvironmentOfExpression } from '../util/key-environment.js';
import { skipTypeWrappers, staticStringValue } from '../util/static-string.js';

export type Options = [];
export type MessageIds = 'swappedBranches' | 'wrongKeyForBranch' | 'swapBranches';

/** Variables that name the mode the code runs in: Node's NODE_ENV and Vite's MODE. */
const MODE_VARIABLES = new Set(['NODE_ENV', 'MODE']);

/** Vite's booleans: `import.meta.env.PROD` is true in production, `DEV` in development. */
const MODE_FLAGS: Readonly<Record<string, string>> = { PROD: 'production', DEV: 'development' };

/**
 * The compared stage: `process.env.NODE_ENV === 'production'` (either side,
 * `==`, `!=` and `!==` too), or Vite's `import.meta.env.PROD` / `DEV`, negated or not.
 */
function comparedStage(test: TSESTree.Node): { stage: string; equal: boolean } | undefined {
  const node = skipTypeWrappers(test);
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!') {
    const negated = comparedStage(node.argument);
    return negated && { stage: negated.stage, equal: !negated.equal };
  }
  if (node.type === AST_NODE_TYPES.MemberExpression) {
    const flag = MODE_FLAGS[envReadOfMember(node)?.name ?? ''];
    return flag === undefined ? undefined : { stage: flag, equal: true };
  }
  if (node.type !== AST_NODE_TYPES.BinaryExpression || !['===', '==', '!==', '!='].includes(node.operator)) return undefined;
  const sides = [skipTypeWrappers(node.left), skipTypeWrappers(node.right)];
  const mode = sides.find((side) => side.type === AST_NODE_TYPES.MemberExpression && MODE_VARIABLES.has(envReadOfMember(side)?.name ?? ''));
  const literal = sides.map((side) => staticStringValue(side)).find((value) => value !== undefined);
  if (!mode || literal === undefined) return undefined;
  return { stage: literal, equal: node.operator === '===' || node.operator === '==' };
}

export default createRule<Options, MessageIds>({
  name: 'no-swapped-key-environments',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow choosing a sandbox key for production or a live key for development by NODE_ENV',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      swappedBranches: 'The branches are swapped: this picks the sandbox key in production (publishing has no effect) and the live key elsewhere (tests touch production data and cost money). Use live keys for production and sandbox keys for development and testing.',
      wrongKeyForBranch: "This branch runs when the mode is {{condition}} and reads a {{kind}} key; the guide gives it a {{expected}} key. {{why}}",
      swapBranches: 'Swap the two branches.',
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    const why: Record<KeyEnvironment, string> = {
      live: 'With a live key, tests and development touch production data and cost money.',
      sandbox: 'With a sandbox key, publishing in production has no effect (dry-run).',
    };
    return {
      ConditionalExpression(node) {
        const compared = comparedStage(node.test);
        if (!compared) return;
        const stage = stageOfName(compared.stage);
        if (!stage) return;
        // The branch taken when the mode is the compared one expects that stage's key; the other branch
        // is "not production" (sandbox) only when the compared stage is production.
        const matching = compared.equal ? node.consequent : node.alternate;
        const other = compared.equal ? node.alternate : node.consequent;
        const expectations: [TSESTree.Expression, KeyEnvironment | undefined, string][] = [
          [matching, expectedKeyEnvironment(stage), `${compared.stage}`],
          [other, stage === 'production' ? 'sandbox' : undefined, `not ${compared.stage}`],
        ];
        const wrong = expectations
          .map(([branch, expected, condition]) => ({ branch, expected, condition, kind: keyEnvironmentOfExpression(branch) }))
          .filter((entry) => entry.expected !== undefined && entry.kind !== undefined && entry.kind !== entry.expected);
        // Both wrong happens only for production: a sandbox key where it is, a live key where it is not.
        if (wrong.length === 2) {
          context.report({
            node,
            messageId: 'swappedBranches',
            suggest: [
              {
                messageId: 'swapBranches',
                fix: (fixer) => [fixer.replaceText(node.consequent, sourceCode.getText(node.alternate)), fixer.replaceText(node.alternate, sourceCode.getText(node.consequent))],
              },
            ],
          });
          return;
        }
        for (const entry of wrong) {
          context.report({ node: entry.branch, messageId: 'wrongKeyForBranch', data: { condition: entry.condition, kind: entry.kind, expected: entry.expected, why: why[entry.kind as KeyEnvironment] } });
        }
      },
    };
  },
});
