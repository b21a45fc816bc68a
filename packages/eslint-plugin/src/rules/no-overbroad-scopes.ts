import { SCOPES, SCOPE_PRESETS, isScope, isWriteScope, type Scope } from '@optimocms/auth-types';
import type { TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../util/createRule.js';
import { readOnlyMarker } from '../util/key-purpose.js';
import { authTypesImport, hasValidScope, scopeListOf, type ScopeEntry, type ScopeList } from '../util/scope-lists.js';
import { propertyKeyName } from '../util/static-string.js';
import { programUsage, type ProgramUsage } from '../util/sdk-usage.js';

export type Options = [
  {
    maxScopes?: number;
    checkUsage?: boolean;
  },
];

export type MessageIds =
  | 'allScopes'
  | 'tooManyScopes'
  | 'writeScopeOnReadOnlyKey'
  | 'writeScopesOnReadOnlyKey'
  | 'duplicateScope'
  | 'duplicateScopes'
  | 'unusedScope'
  | 'unusedScopes';

const READ_ONLY_PRESET = SCOPE_PRESETS.readOnlyContent.join(', ');

/** `'a'`, `'a' and 'b'`, `'a', 'b' and 'c'`. */
function quotedList(scopes: readonly string[]): string {
  const quoted = scopes.map((scope) => `'${scope}'`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}` : (quoted[0] ?? '');
}

/** The first entry of each valid scope for which `flag` holds. */
function firstOfEachScope(entries: readonly ScopeEntry[], flag: (scope: Scope) => boolean): ScopeEntry[] {
  const seen = new Set<string>();
  return entries.filter(({ value }) => {
    if (!isScope(value) || seen.has(value)) return false;
    seen.add(value);
    return flag(value);
  });
}

/**
 * The flagged scopes grouped by the node that holds them, in source order:
 * a string holds one scope, a spread (`...SCOPES`) many, and each node gets
 * one report rather than one per scope at the same place.
 */
function byNode(entries: readonly ScopeEntry[]): Map<ScopeEntry['node'], string[]> {
  const groups = new Map<ScopeEntry['node'], string[]>();
  for (const { node, value } of entries) groups.set(node, [...(groups.get(node) ?? []), value]);
  return groups;
}

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
      writeScopesOnReadOnlyKey:
        '{{scopes}} let this key change data, but the key is marked {{marker}}: a frontend or read-only integration does not need write or publish access. Use read scopes only ({{preset}} for read-only content).',
      duplicateScope: "'{{scope}}' is listed twice.",
      duplicateScopes: '{{scopes}} are listed twice.',
      unusedScope: "No OptimoCMS call in this program needs '{{scope}}'; the calls found need only {{needed}}. Remove it to keep the key's scopes minimal.",
      unusedScopes: "No OptimoCMS call in this program needs {{scopes}}; the calls found need only {{needed}}. Remove them to keep the key's scopes minimal.",
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

    /** One report per node: the singular message for one scope, the plural one for a spread's several. */
    function reportGroups(
      flagged: readonly ScopeEntry[],
      messageIds: { one: MessageIds; many: MessageIds },
      data: Record<string, string>,
    ): void {
      for (const [node, scopes] of byNode(flagged)) {
        if (scopes.length === 1) context.report({ node, messageId: messageIds.one, data: { ...data, scope: scopes[0] ?? '' } });
        else context.report({ node, messageId: messageIds.many, data: { ...data, scopes: quotedList(scopes) } });
      }
    }

    function checkUsage(list: ScopeList, usage: ProgramUsage): void {
      if (usage.uncertain === 'all' || usage.needed.size === 0) return;
      const needed = [...usage.needed.keys()].sort((a, b) => SCOPES.indexOf(a) - SCOPES.indexOf(b)).join(', ');
      const { uncertain } = usage;
      const unused = firstOfEachScope(list.entries, (scope) => !usage.needed.has(scope) && !uncertain.has(scope));
      reportGroups(unused, { one: 'unusedScope', many: 'unusedScopes' }, { needed });
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
        const duplicates: ScopeEntry[] = [];
        for (const entry of list.entries) {
          if (!isScope(entry.value)) continue;
          if (distinct.has(entry.value)) duplicates.push(entry);
          distinct.add(entry.value);
        }
        reportGroups(duplicates, { one: 'duplicateScope', many: 'duplicateScopes' }, {});
        if (distinct.size === SCOPES.length) {
          context.report({ node, messageId: 'allScopes', data: { preset: READ_ONLY_PRESET } });
        } else if (distinct.size > maxScopes) {
          context.report({ node, messageId: 'tooManyScopes', data: { count: distinct.size, max: maxScopes } });
        }
        const marker = readOnlyMarker(list.labels);
        if (marker !== undefined) {
          const writes = firstOfEachScope(list.entries, isWriteScope);
          reportGroups(writes, { one: 'writeScopeOnReadOnlyKey', many: 'writeScopesOnReadOnlyKey' }, { marker, preset: READ_ONLY_PRESET });
        }
        // Type-aware and lazy: the program's calls are collected once, on the first scope list.
        if (program) checkUsage(list, programUsage(program));
      },
    };
  },
});
