import path from 'node:path';
import { KEY_TOKEN, SCRIPT_EXTENSIONS, SDK, extensionGlob, type KeyEnvironment } from '@optimocms/auth-types';
import { findKeyTokens, isPlaceholder, redact } from '@optimocms/secret-scan';
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import {
  headerSinkOfAssignment,
  headerSinkOfCall,
  headerSinkOfProperty,
  isForeignRequestHeaders,
  type HeaderSink,
} from '../util/api-key-header.js';
import { createRule } from '../util/createRule.js';
import { envReplacement, envVarFor } from '../util/env-replacement.js';
import { matchesGlobs } from '../util/file-globs.js';
import { containsRealKey, keysInNode } from '../util/key-tokens-in-node.js';
import { isOptimoCmsClass } from '../util/sdk-client.js';
import { isStaticString, propertyKeyName, skipTypeWrappers, staticStringValue, type StaticStringNode } from '../util/static-string.js';

export type Options = [
  {
    checkSandboxKeysInTests?: boolean;
    testFilePatterns?: string[];
  },
];

export type MessageIds = 'hardcodedKey' | 'hardcodedApiKeyOption' | 'hardcodedApiKeyHeader' | 'useEnvVar';

/** Test files by the conventions of vitest, jest, node:test, Playwright and Storybook's test runner. */
export const DEFAULT_TEST_FILE_PATTERNS = [
  `**/*.{test,spec}.${extensionGlob(SCRIPT_EXTENSIONS)}`,
  '**/{test,tests,__tests__,__mocks__,e2e}/**',
];

/** Template markup nodes whose `value` is text: Vue's `VText`/`VLiteral` (vue-eslint-parser), Svelte's `SvelteText`/`SvelteLiteral`. */
interface MarkupText extends TSESTree.BaseNode {
  value: string;
}

/** What vue-eslint-parser adds to `sourceCode.parserServices`: a visitor for the `<template>`, which ESLint itself does not traverse. */
interface VueParserServices {
  defineTemplateBodyVisitor?: (templateVisitor: TSESLint.RuleListener, scriptVisitor: TSESLint.RuleListener) => TSESLint.RuleListener;
}

// How far an `apiKey` or header value is followed to the literal behind it (`key ?? 'fallback'`, `const KEY = '…'`).
const MAX_VALUE_DEPTH = 4;

function isConstVariableInit(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Identifier): TSESTree.Expression | undefined {
  const definition = ASTUtils.findVariable(sourceCode.getScope(node), node)?.defs[0];
  if (definition?.type !== 'Variable' || definition.parent.kind !== 'const' || definition.node.id.type !== AST_NODE_TYPES.Identifier) return undefined;
  return definition.node.init ?? undefined;
}

/** The string literals an expression may evaluate to: itself, both sides of `??`/`||`, both branches of `?:`, a `const`. */
function literalsOf(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, depth = 0): StaticStringNode[] {
  const expression = skipTypeWrappers(node);
  if (isStaticString(expression)) return [expression];
  if (depth >= MAX_VALUE_DEPTH) return [];
  switch (expression.type) {
    case AST_NODE_TYPES.LogicalExpression:
      return [...literalsOf(sourceCode, expression.left, depth + 1), ...literalsOf(sourceCode, expression.right, depth + 1)];
    case AST_NODE_TYPES.ConditionalExpression:
      return [...literalsOf(sourceCode, expression.consequent, depth + 1), ...literalsOf(sourceCode, expression.alternate, depth + 1)];
    case AST_NODE_TYPES.Identifier: {
      const init = isConstVariableInit(sourceCode, expression);
      return init ? literalsOf(sourceCode, init, depth + 1) : [];
    }
    default:
      return [];
  }
}

/** True inside Svelte markup (svelte-eslint-parser), outside its `<script>`. */
function inSvelteMarkup(node: TSESTree.Node): boolean {
  for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
    const type = current.type as string;
    if (type === 'SvelteScriptElement') return false;
    if (type.startsWith('Svelte')) return true;
  }
  return false;
}

export default createRule<Options, MessageIds>({
  name: 'no-hardcoded-api-key',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow OptimoCMS API keys written in source code',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      hardcodedKey:
        'Hardcoded OptimoCMS {{environment}} key {{secret}}: anyone who can read this code or its history can use it. Load it from an environment variable such as {{envVar}}.',
      hardcodedApiKeyOption:
        '`apiKey` of new OptimoCMS() is a hardcoded string ({{secret}}). Keep keys in environment variables and read process.env.{{envVar}}.',
      hardcodedApiKeyHeader:
        'The X-Api-Key header is set to a hardcoded string ({{secret}}). Keep keys in environment variables and read process.env.{{envVar}}.',
      useEnvVar: 'Replace the hardcoded key with `{{replacement}}`.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          checkSandboxKeysInTests: {
            type: 'boolean',
            description: 'Whether to report sandbox keys in test files. Set to `false` to allow them there (live keys are always reported).',
          },
          testFilePatterns: {
            type: 'array',
            // An empty glob matches nothing and makes picomatch throw: reject it when the config is read.
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description: 'Globs (relative to the working directory) that identify test files for `checkSandboxKeysInTests`.',
          },
        },
      },
    ],
    defaultOptions: [{ checkSandboxKeysInTests: true, testFilePatterns: DEFAULT_TEST_FILE_PATTERNS }],
  },
  create(context, [options]) {
    const { sourceCode, filename } = context;
    const sdkImported = sourceCode.text.includes(SDK.packageName);
    const relative = path.relative(context.cwd, filename).replaceAll('\\', '/');
    const allowSandbox =
      options.checkSandboxKeysInTests === false && matchesGlobs(options.testFilePatterns ?? DEFAULT_TEST_FILE_PATTERNS, relative);
    // A literal reached from two places (`const KEY = '…'` used twice) is reported once.
    const reported = new Set<TSESTree.Node>();

    function suggestion(literal: StaticStringNode, environment: KeyEnvironment | undefined): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      const replacement = envReplacement(literal, envVarFor(environment), filename);
      if (!replacement) return [];
      const { target, text } = replacement;
      return [{ messageId: 'useEnvVar', data: { replacement: text }, fix: (fixer) => fixer.replaceText(target, text) }];
    }

    /** (a) Key-shaped tokens in any string. `literal` is the whole string, when a whole-key suggestion may replace it. */
    function checkString(node: TSESTree.Node, cooked: string | null | undefined, literal: StaticStringNode | undefined): void {
      if (!cooked?.includes(KEY_TOKEN.commonPrefix)) return;
      for (const key of keysInNode(sourceCode, node, cooked)) {
        if (allowSandbox && key.environment === 'sandbox') continue;
        reported.add(literal ?? node);
        context.report({
          loc: key.loc,
          messageId: 'hardcodedKey',
          data: { environment: key.environment, secret: key.redacted, envVar: envVarFor(key.environment) },
          suggest: key.whole && literal ? suggestion(literal, key.environment) : [],
        });
      }
    }

    /** (b), (c) Any other non-empty, non-placeholder literal that ends up as the key. */
    function checkKeyValue(value: TSESTree.Node, messageId: 'hardcodedApiKeyOption' | 'hardcodedApiKeyHeader'): void {
      for (const literal of literalsOf(sourceCode, value)) {
        const text = staticStringValue(literal) ?? '';
        if (reported.has(literal) || text.trim() === '' || isPlaceholder(text) || containsRealKey(text)) continue;
        reported.add(literal);
        context.report({ node: literal, messageId, data: { secret: redact(text), envVar: envVarFor(undefined) }, suggest: suggestion(literal, undefined) });
      }
    }

    function checkHeader(sink: HeaderSink | undefined): void {
      if (!sink) return;
      if (sink.kind === 'property' && sink.node.parent.type === AST_NODE_TYPES.ObjectExpression && isForeignRequestHeaders(sink.node.parent)) return;
      checkKeyValue(sink.value, 'hardcodedApiKeyHeader');
    }

    /** Text of the template markup: Vue `<template>`, Svelte markup (Astro markup is JSX text and string literals). */
    function checkMarkup(node: MarkupText): void {
      checkString(node as unknown as TSESTree.Node, node.value, undefined);
    }

    // A string in template markup (a Vue `<template>` or Svelte markup expression) gets no suggestion: `process.env` is not there.
    function onLiteral(node: TSESTree.Literal, markup = false): void {
      // One substring test per string; everything else happens only for a string that mentions a key prefix.
      if (typeof node.value !== 'string' || !node.value.includes(KEY_TOKEN.commonPrefix)) return;
      checkString(node, node.value, markup || inSvelteMarkup(node) ? undefined : (node as TSESTree.StringLiteral));
    }

    function onTemplateElement(node: TSESTree.TemplateElement, markup = false): void {
      if (!node.value.raw.includes(KEY_TOKEN.commonPrefix) && !node.value.cooked?.includes(KEY_TOKEN.commonPrefix)) return;
      const template = node.parent;
      const whole = template.type === AST_NODE_TYPES.TemplateLiteral && template.expressions.length === 0 && !markup && !inSvelteMarkup(node) ? template : undefined;
      checkString(node, node.value.cooked, whole);
    }

    const scriptVisitor: TSESLint.RuleListener = {
      Literal: onLiteral,
      TemplateElement: onTemplateElement,
      JSXText(node) {
        checkString(node, node.value, undefined);
      },
      // svelte-eslint-parser: markup text and attribute values.
      SvelteText: checkMarkup,
      SvelteLiteral: checkMarkup,
      // @angular-eslint/template-parser: the file is an Angular template whose nodes are not ESTree; any key in it is written in the markup.
      Program(node) {
        if (!('templateNodes' in node) || !sourceCode.text.includes(KEY_TOKEN.commonPrefix)) return;
        for (const token of findKeyTokens(sourceCode.text)) {
          if (isPlaceholder(token.value) || (allowSandbox && token.environment === 'sandbox')) continue;
          context.report({
            loc: { start: sourceCode.getLocFromIndex(token.start), end: sourceCode.getLocFromIndex(token.end) },
            messageId: 'hardcodedKey',
            data: { environment: token.environment, secret: redact(token.value), envVar: envVarFor(token.environment) },
          });
        }
      },
      NewExpression(node) {
        if (!sdkImported || !isOptimoCmsClass(sourceCode, node.callee)) return;
        const [config] = node.arguments;
        if (config?.type !== AST_NODE_TYPES.ObjectExpression) return;
        for (const property of config.properties) {
          if (property.type === AST_NODE_TYPES.Property && propertyKeyName(property) === SDK.apiKeyOption) checkKeyValue(property.value, 'hardcodedApiKeyOption');
        }
      },
      // Narrow selectors: a header name has a dash, so it is a string key; setters take two arguments.
      'Property[key.type="Literal"]'(node: TSESTree.Property) {
        checkHeader(headerSinkOfProperty(node));
      },
      'CallExpression[callee.type="MemberExpression"][arguments.length=2]'(node: TSESTree.CallExpression) {
        checkHeader(headerSinkOfCall(node));
      },
      'AssignmentExpression[left.type="MemberExpression"][left.computed=true]'(node: TSESTree.AssignmentExpression) {
        checkHeader(headerSinkOfAssignment(node));
      },
    };
    // vue-eslint-parser: the `<template>` is traversed through its own visitor (text, attribute values, expressions).
    const vue = sourceCode.parserServices as VueParserServices | undefined;
    if (vue?.defineTemplateBodyVisitor) {
      return vue.defineTemplateBodyVisitor(
        { Literal: (node) => onLiteral(node, true), TemplateElement: (node) => onTemplateElement(node, true), VText: checkMarkup, VLiteral: checkMarkup },
        scriptVisitor,
      );
    }
    return scriptVisitor;
  },
});
