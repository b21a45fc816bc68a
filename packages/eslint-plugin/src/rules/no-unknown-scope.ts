import { SCOPE_SHAPE, isScope, scopesOf, suggestScope } from '@optimocms/auth-types';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { createRule } from '../util/createRule.js';
import { isOptimoScopeList, scopeListOf } from '../util/scope-lists.js';

export type Options = [];
export type MessageIds = 'misspeltScope' | 'noSuchAccess' | 'unknownScope' | 'replaceWithScope';

export default createRule<Options, MessageIds>({
  name: 'no-unknown-scope',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow strings in OptimoCMS scope lists that are not scopes',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      misspeltScope: "'{{value}}' is not an OptimoCMS scope; did you mean '{{suggestion}}'? A key created with an unknown scope is rejected or lacks the access you meant.",
      noSuchAccess: "'{{value}}' is not an OptimoCMS scope: there is no such scope. The scopes of {{resource}} are {{scopes}}.",
      unknownScope: "'{{value}}' is not an OptimoCMS scope, and no scope is close to it. See the scope list in the OptimoCMS authentication guide.",
      replaceWithScope: "Replace with '{{suggestion}}'.",
    },
    schema: [],
  },
  create(context) {
    return {
      ArrayExpression(node) {
        const list = scopeListOf(context.sourceCode, node);
        if (!list || !isOptimoScopeList(list)) return;
        for (const entry of list.entries) {
          if (entry.node.type === AST_NODE_TYPES.SpreadElement || isScope(entry.value) || !SCOPE_SHAPE.test(entry.value)) continue;
          const suggestion = suggestScope(entry.value);
          if (suggestion !== undefined) {
            const quote = entry.node.type === AST_NODE_TYPES.Literal ? entry.node.raw[0] ?? "'" : '`';
            context.report({
              node: entry.node,
              messageId: 'misspeltScope',
              data: { value: entry.value, suggestion },
              suggest: [
                {
                  messageId: 'replaceWithScope',
                  data: { suggestion },
                  fix: (fixer) => fixer.replaceText(entry.node, `${quote}${suggestion}${quote}`),
                },
              ],
            });
            continue;
          }
          const resource = entry.value.split(':')[0]?.toLowerCase() ?? '';
          const scopes = scopesOf(resource);
          if (scopes.length > 0) {
            context.report({ node: entry.node, messageId: 'noSuchAccess', data: { value: entry.value, resource, scopes: scopes.join(', ') } });
          } else {
            context.report({ node: entry.node, messageId: 'unknownScope', data: { value: entry.value } });
          }
        }
      },
    };
  },
});
