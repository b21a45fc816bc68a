import path from 'node:path';
import {
  MODULE_CONVENTIONS,
  SDK,
  isOptimoSecretEnvName,
  isPublicOptimoSecretEnvName,
  publicEnvBundler,
  publicEnvPrefix,
} from '@optimocms/auth-types';
import { moduleKind } from '@optimocms/secret-scan';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import {
  headerSinkOfAssignment,
  headerSinkOfCall,
  headerSinkOfProperty,
  isForeignRequestHeaders,
  type HeaderSink,
} from '../util/api-key-header.js';
import { createRule } from '../util/createRule.js';
import { envObjectSource, envReadOfMember, envReadsOfPattern, envReadsOfSvelteKitImport, SVELTEKIT_ENV_MODULE, type EnvRead } from '../util/env-reads.js';
import { carriesKey } from '../util/key-value-flow.js';
import { isOptimoCmsClass } from '../util/sdk-client.js';
import { propertyKeyName, staticStringValue } from '../util/static-string.js';

export type Options = [
  {
    clientGlobs?: string[];
  },
];

export type MessageIds = 'clientConstructor' | 'clientEnvRead' | 'clientHeader' | 'publicEnvKey' | 'storedKey' | 'nextConfigEnv';

const BROWSER_GLOBALS = new Set(['window', 'globalThis', 'self']);
const STORAGES = new Set(['localStorage', 'sessionStorage']);
/** The `next.config.*` blocks that Next.js inlines into the browser bundle. */
const NEXT_CONFIG_PUBLIC_BLOCKS = new Set(['env', 'publicRuntimeConfig']);

/** `localStorage`, `window.sessionStorage`, … or `undefined`. */
function storageName(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Identifier) return STORAGES.has(node.name) ? node.name : undefined;
  if (node.type !== AST_NODE_TYPES.MemberExpression || node.object.type !== AST_NODE_TYPES.Identifier || !BROWSER_GLOBALS.has(node.object.name)) return undefined;
  const name = propertyKeyName(node);
  return name !== undefined && STORAGES.has(name) ? name : undefined;
}

/** `document.cookie` or `window.document.cookie`. */
function isDocumentCookie(node: TSESTree.MemberExpression): boolean {
  if (propertyKeyName(node) !== 'cookie') return false;
  const object = node.object;
  if (object.type === AST_NODE_TYPES.Identifier) return object.name === 'document';
  return object.type === AST_NODE_TYPES.MemberExpression && propertyKeyName(object) === 'document';
}

/** The cookie name written by `document.cookie = 'name=…'` / `` `name=${…}` `` / `'name=' + …`. */
function cookieName(node: TSESTree.Node): string | undefined {
  let head: string | undefined;
  if (node.type === AST_NODE_TYPES.TemplateLiteral) head = node.quasis[0]?.value.cooked ?? undefined;
  else if (node.type === AST_NODE_TYPES.BinaryExpression) return cookieName(node.left);
  else head = staticStringValue(node);
  const separator = head?.indexOf('=') ?? -1;
  return head !== undefined && separator > 0 ? head.slice(0, separator).trim() : undefined;
}

export default createRule<Options, MessageIds>({
  name: 'no-client-side-api-key',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow OptimoCMS API keys in code that runs in the browser',
      recommended: 'recommended',
    },
    messages: {
      clientConstructor:
        'This is a client-side module: constructing OptimoCMS here puts its API key in the bundle that ships to every visitor. Call OptimoCMS from a backend proxy route (route handler, server action or API endpoint) that holds the key, and fetch that route from here.',
      clientEnvRead:
        '{{name}} is read in a client-side module: the bundle ships the key to every visitor. Read it only in a backend proxy route that holds the key, and call that route from here.',
      clientHeader:
        'The X-Api-Key header is set in a client-side module: the bundle ships the key to every visitor. Send this request from a backend proxy route that holds the key.',
      publicEnvKey:
        '{{name}} is browser-public: {{bundler}} inlines every {{prefix}} variable into the bundle that ships to every visitor. Drop the {{prefix}} prefix and read the key only in a backend proxy route that holds it.',
      storedKey:
        'An OptimoCMS key is stored in {{storage}}, where every script on the page can read it. Keep the key on the server: call a backend proxy route that holds the key.',
      nextConfigEnv:
        'Next.js inlines every entry of `{{block}}` in next.config into the browser bundle that ships to every visitor, and {{name}} carries an OptimoCMS key. Remove it and read the key from process.env only in server code (a route handler or server action that proxies OptimoCMS).',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          clientGlobs: {
            type: 'array',
            // An empty glob matches nothing and makes picomatch throw: reject it when the config is read.
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description:
              "Globs (relative to the working directory) of files that run in the browser, in addition to files with 'use client' or an import of client-only. Replaces the default list.",
          },
        },
      },
    ],
    defaultOptions: [{ clientGlobs: [...MODULE_CONVENTIONS.clientGlobs] }],
  },
  create(context, [options]) {
    const { sourceCode } = context;
    const relative = path.relative(context.cwd, context.filename).replaceAll('\\', '/');
    // Once per file, and only when a finding depends on it: most files never need the module kind.
    let client: boolean | undefined;
    const isClient = (): boolean =>
      (client ??= moduleKind(relative, sourceCode.text, { clientGlobs: options.clientGlobs ?? MODULE_CONVENTIONS.clientGlobs }) === 'client');
    const isNextConfig = MODULE_CONVENTIONS.nextConfigPattern.test(relative);
    const sdkImported = sourceCode.text.includes(SDK.packageName);

    function checkEnvRead(read: EnvRead | undefined): void {
      if (!read) return;
      if (isPublicOptimoSecretEnvName(read.name)) {
        const prefix = publicEnvPrefix(read.name) ?? '';
        const bundler = publicEnvBundler(read.name) ?? '';
        context.report({ node: read.node, messageId: 'publicEnvKey', data: { name: read.name, bundler, prefix } });
      } else if (isOptimoSecretEnvName(read.name) && isClient()) {
        context.report({ node: read.node, messageId: 'clientEnvRead', data: { name: read.name } });
      }
    }

    function checkStored(node: TSESTree.Node, storage: string, name: string | undefined, value: TSESTree.Node): void {
      if ((name !== undefined && isOptimoSecretEnvName(name)) || carriesKey(sourceCode, value)) {
        context.report({ node, messageId: 'storedKey', data: { storage } });
      }
    }

    function checkClientHeader(sink: HeaderSink | undefined): void {
      if (!sink) return;
      if (sink.kind === 'property' && sink.node.parent.type === AST_NODE_TYPES.ObjectExpression && isForeignRequestHeaders(sink.node.parent)) return;
      if (isClient()) context.report({ node: sink.node, messageId: 'clientHeader' });
    }

    return {
      // `process.env.X`, `process.env['X']`, `import.meta.env.X`: the eslint-plugin-n `no-process-env` selector.
      'MemberExpression[object.property.name="env"]'(node: TSESTree.MemberExpression) {
        checkEnvRead(envReadOfMember(node));
      },
      'VariableDeclarator[id.type="ObjectPattern"][init.type="MemberExpression"]'(node: TSESTree.VariableDeclarator) {
        if (node.id.type !== AST_NODE_TYPES.ObjectPattern || !node.init) return;
        for (const read of envReadsOfPattern(node.id, node.init)) checkEnvRead(read);
      },
      ImportDeclaration(node) {
        if (!SVELTEKIT_ENV_MODULE.test(node.source.value)) return;
        for (const read of envReadsOfSvelteKitImport(sourceCode, node)) checkEnvRead(read);
      },
      'CallExpression[callee.type="MemberExpression"]'(node: TSESTree.CallExpression) {
        const callee = node.callee as TSESTree.MemberExpression;
        if (propertyKeyName(callee) === 'setItem') {
          const storage = storageName(callee.object);
          const [name, value] = node.arguments;
          if (storage && name && value) checkStored(node, storage, staticStringValue(name), value);
        }
        checkClientHeader(headerSinkOfCall(node));
      },
      'AssignmentExpression[left.type="MemberExpression"]'(node: TSESTree.AssignmentExpression) {
        const left = node.left as TSESTree.MemberExpression;
        const storage = storageName(left.object);
        if (storage) checkStored(node, storage, propertyKeyName(left), node.right);
        else if (isDocumentCookie(left)) checkStored(node, 'document.cookie', cookieName(node.right), node.right);
        checkClientHeader(headerSinkOfAssignment(node));
      },
      NewExpression(node) {
        if (sdkImported && isOptimoCmsClass(sourceCode, node.callee) && isClient()) context.report({ node, messageId: 'clientConstructor' });
      },
      'Property[key.type="Literal"]'(node: TSESTree.Property) {
        checkClientHeader(headerSinkOfProperty(node));
      },
      ...(isNextConfig && {
        'Property > ObjectExpression.value'(node: TSESTree.ObjectExpression) {
          const holder = node.parent as TSESTree.Property;
          const block = propertyKeyName(holder);
          if (block === undefined || !NEXT_CONFIG_PUBLIC_BLOCKS.has(block)) return;
          for (const entry of node.properties) {
            if (entry.type === AST_NODE_TYPES.SpreadElement) {
              // `env: { ...process.env }` inlines every variable, keys included.
              const source = envObjectSource(entry.argument);
              if (source || carriesKey(sourceCode, entry.argument)) {
                context.report({ node: entry, messageId: 'nextConfigEnv', data: { block, name: source ? `...${source}` : 'a spread entry' } });
              }
              continue;
            }
            const name = propertyKeyName(entry);
            if ((name !== undefined && isOptimoSecretEnvName(name)) || carriesKey(sourceCode, entry.value)) {
              context.report({ node: entry, messageId: 'nextConfigEnv', data: { block, name: name ?? 'a computed entry' } });
            }
          }
        },
      }),
    };
  },
});
