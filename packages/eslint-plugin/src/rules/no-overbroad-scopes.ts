import { SCOPES, SCOPE_PRESETS, isScope, isWriteScope, type Scope } from '@optimocms/auth-types';
import type { TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../util/createRule.js';
import { readOnlyMarker } from '../util/key-purpose.js';
import { authTypesImport, hasValidScope, scopeListOf, type ScopeList } from '../util/scope-lists.js';
import { propertyKeyName } from '../util/static-string.js';
import { programUsage, type ProgramUsage } from '../util/sdk-usage.js';

export type Options = [
  {
    maxScopes?: number;
    checkUsage?: boolean;
  },
];

export type MessageIds = 'allScopes' | 'tooManyScopes' | 'writeScopeOnReadOnlyKey' | 'duplicateScope' | 'unusedScope';

const READ_ONLY_PRESET = SCOPE_PRESETS.readOnlyContent.join(', ');

export default createRule<Options, MessageIds>({
  name: 'no-overbroad-scopes',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow OptimoCMS keys with more scopes than they need',
      recommended: { recommended: true, strict: [{ maxScopes: 5, checkUsage: true }] },
    },
    messages: {
      allScopes: 'This key is granted every OptimoCMS scope. Give each key the minimum scopes it needs, e.g. {{preset}} for read-only content.',
      tooManyScopes: 'This key has {{count}} scopes (more than {{max}}). Give each key the minimum scopes it needs: split it into keys per integration.',
      writeScopeOnReadOnlyKey:
        "'{{scope}}' lets this key change data, but the key is marked {{marker}}: a frontend or read-only integration does not need write or publish access. Use read scopes only ({{preset}} for read-only content).",
      duplicateScope: "'{{scope}}' is listed twice.",
      unusedScope: "No OptimoCMS call in this program needs '{{scope}}'; the calls found need only {{needed}}. Remove it to keep the key's scopes minimal.",
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          maxScopes: {
            type: 'integer',
            minimum: 1,
            description: 'The most distinct scopes one key may have.',
          },
          checkUsage: {
            type: 'boolean',
            description:
              'Whether to report each declared scope that no OptimoCMS call in the TypeScript program needs. Requires type information (`parserOptions.projectService`); files without it are not checked for usage.',
          },
        },
      },
    ],
    defaultOptions: [{ maxScopes: 10, checkUsage: false }],
  },
  create(context, [options]) {
    const maxScopes = options.maxScopes ?? 10;
    // Type information when the parser provides it (typescript-eslint with projectService); plain JS has none.
    const program = options.checkUsage ? (context.sourceCode.parserServices?.program ?? null) : null;

    function checkUsage(list: ScopeList, usage: ProgramUsage): void {
      if (usage.uncertain === 'all' || usage.needed.size === 0) return;
      const needed = [...usage.needed.keys()].sort((a, b) => SCOPES.indexOf(a) - SCOPES.indexOf(b)).join(', ');
      const seen = new Set<string>();
      for (const entry of list.entries) {
        if (!isScope(entry.value) || seen.has(entry.value)) continue;
        seen.add(entry.value);
        if (!usage.needed.has(entry.value) && !usage.uncertain.has(entry.value)) {
          context.report({ node: entry.node, messageId: 'unusedScope', data: { scope: entry.value, needed } });
        }
      }
    }

    return {
      // `scopes: SCOPES`: the whole list from auth-types.
      'Property[value.type="Identifier"]'(node: TSESTree.Property) {
        if (propertyKeyName(node) === 'scopes' && authTypesImport(context.sourceCode, node.value) === 'SCOPES') {
          context.report({ node: node.value, messageId: 'allScopes', data: { preset: READ_ONLY_PRESET } });
        }
      },
      ArrayExpression(node) {
        const list = scopeListOf(context.sourceCode, node);
        if (!list || !hasValidScope(list)) return;
        const distinct = new Set<Scope>();
        for (const entry of list.entries) {
          if (!isScope(entry.value)) continue;
          if (distinct.has(entry.value)) context.report({ node: entry.node, messageId: 'duplicateScope', data: { scope: entry.value } });
          distinct.add(entry.value);
        }
        if (distinct.size === SCOPES.length) {
          context.report({ node, messageId: 'allScopes', data: { preset: READ_ONLY_PRESET } });
        } else if (distinct.size > maxScopes) {
          context.report({ node, messageId: 'tooManyScopes', data: { count: distinct.size, max: maxScopes } });
        }
        const marker = readOnlyMarker(list.labels);
        if (marker !== undefined) {
          const flagged = new Set<string>();
          for (const entry of list.entries) {
            if (!isScope(entry.value) || !isWriteScope(entry.value) || flagged.has(entry.value)) continue;
            flagged.add(entry.value);
            context.report({ node: entry.node, messageId: 'writeScopeOnReadOnlyKey', data: { scope: entry.value, marker, preset: READ_ONLY_PRESET } });
          }
        }
        // Type-aware and lazy: the program's calls are collected once, on the first scope list.
        if (program) checkUsage(list, programUsage(program));
      },
    };
  },
});
