import {
  FRAMEWORKS,
  FRAMEWORK_IDS,
  SDK,
  exportRole,
  isOptimoSecretEnvName,
  isPublicOptimoSecretEnvName,
  publicEnvBundler,
  publicEnvPrefix,
  shipsToBrowser,
  type FrameworkId,
  type Handoff,
} from '@optimocms/auth-types';
import { moduleKind, type ModuleKind } from '@optimocms/secret-scan';
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
import { createExportPlacer } from '../util/export-place.js';
import { filePlace, type FilePlace } from '../util/file-place.js';
import { enclosingFunction, handoffsOf, islandDirective, receivesInBrowser, returningExports } from '../util/handoffs.js';
import {
  CALL_SETTINGS,
  PLUGIN_SETTINGS,
  exposingPrefixes,
  inlineSettingsOf,
  isAstroEnvSchema,
  isClientEnvField,
  isPathSetting,
  keyEntries,
  mayHoldInlineSettings,
  pluginKeyEntries,
  propertyPath,
  type FileInlineSetting,
} from '../util/inline-settings.js';
import { carriesKey } from '../util/key-value-flow.js';
import { isOptimoCmsClass } from '../util/sdk-client.js';
import { publicReadForms, readsOfCall, readsOfImport, type PublicRead, type PublicReadForm } from '../util/public-env-access.js';
import { propertyKeyName, staticStringValue } from '../util/static-string.js';

export type Options = [
  {
    clientGlobs?: string[];
    framework?: FrameworkId;
  },
];

export type MessageIds =
  | 'clientConstructor'
  | 'clientEnvRead'
  | 'clientHeader'
  | 'publicEnvKey'
  | 'publicAccess'
  | 'storedKey'
  | 'nextConfigEnv'
  | 'inlineSetting'
  | 'publicPrefix'
  | 'handoffReturn'
  | 'handoffProps'
  | 'islandProps';

const BROWSER_GLOBALS = new Set(['window', 'globalThis', 'self']);
const STORAGES = new Set(['localStorage', 'sessionStorage']);
/** The `next.config.*` blocks that Next.js inlines into the browser bundle (reported as `nextConfigEnv`, as before the framework model). */
const NEXT_CONFIG_PUBLIC_BLOCKS = new Set(['env', 'publicRuntimeConfig']);

const MENTIONS_OPTIMO = /optimo/i;

/** One setting per `setting` text: the detected framework's first (vite.config.* is Vite's, SvelteKit's and React Router's alike). */
function distinctSettings(settings: readonly FileInlineSetting[], framework: FrameworkId | undefined): FileInlineSetting[] {
  const ordered = [...settings.filter((setting) => setting.framework.id === framework), ...settings.filter((setting) => setting.framework.id !== framework)];
  const seen = new Set<string>();
  return ordered.filter((setting) => !seen.has(setting.setting) && Boolean(seen.add(setting.setting)));
}

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
      publicAccess:
        '{{name}} is read through {{access}}, which {{framework}} ships to the browser wherever it is read: the key reaches every visitor. Keep the key private and read it only in server code: {{serverPlace}}.',
      storedKey:
        'An OptimoCMS key is stored in {{storage}}, where every script on the page can read it. Keep the key on the server: call a backend proxy route that holds the key.',
      nextConfigEnv:
        'Next.js inlines every entry of `{{block}}` in next.config into the browser bundle that ships to every visitor, and {{name}} carries an OptimoCMS key. Remove it and read the key from process.env only in server code (a route handler or server action that proxies OptimoCMS).',
      inlineSetting:
        '{{framework}} `{{setting}}`: {{what}}. {{name}} carries an OptimoCMS key, so the key ships to every visitor. Remove it and read the key only in server code.',
      publicPrefix:
        "{{framework}} `{{setting}}` '{{prefix}}': {{what}}, so {{exposed}} is public and the key ships to every visitor. Use a prefix that no key variable starts with.",
      handoffReturn:
        '`{{name}}` returns an OptimoCMS key, and {{what}}: it ships to every visitor. Call OptimoCMS here and return only the data the page needs.',
      handoffProps:
        'An OptimoCMS key is passed from server code to <{{target}}>, which renders in the browser: {{what}}. Call OptimoCMS on the server and pass only the data the component needs.',
      islandProps:
        'An OptimoCMS key is passed to a {{directive}} island: {{what}}. Call OptimoCMS in the frontmatter or an endpoint and pass the island only the data it needs.',
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
              "Globs (relative to the working directory) of files that run in the browser, in addition to those the framework model places there and files with 'use client' or an import of client-only.",
          },
          framework: {
            type: 'string',
            enum: [...FRAMEWORK_IDS],
            description: "The framework that decides where each file runs, instead of the one detected from the nearest package.json (e.g. `'vite'`, `'sveltekit'`, `'node-server'`).",
          },
        },
      },
    ],
    defaultOptions: [{ clientGlobs: [] }],
  },
  create(context, [options]) {
    const { sourceCode } = context;
    // The project is looked up only when a finding or a check depends on it: most files need neither.
    let placed: FilePlace | undefined;
    const place = (): FilePlace => (placed ??= filePlace(context, options.framework));
    // Once per file, and only when a finding depends on it: most files never need the module kind.
    let kind: ModuleKind | undefined;
    const kindOf = (): ModuleKind => {
      if (kind) return kind;
      const { blockRole, cwdPath, framework, projectPath } = place();
      kind = blockRole
        ? shipsToBrowser(blockRole)
          ? 'client'
          : 'server'
        : moduleKind(cwdPath, sourceCode.text, { clientGlobs: options.clientGlobs ?? [], framework, projectPath });
      return kind;
    };
    let placer: ((node: TSESTree.Node) => 'browser' | 'server') | undefined;
    /** True when the code at `node` ships to the browser: a client file, or a browser export of a mixed one. */
    const inBrowser = (node: TSESTree.Node): boolean => {
      const fileKind = kindOf();
      if (fileKind !== 'mixed') return fileKind === 'client';
      const { framework, projectPath } = place();
      placer ??= createExportPlacer(sourceCode, (name) => exportRole(framework, projectPath, name));
      return placer(node) === 'browser';
    };
    const sdkImported = sourceCode.text.includes(SDK.packageName);
    const fileSettings = mayHoldInlineSettings(context.filename) ? inlineSettingsOf(place().projectPath) : [];
    const settings = fileSettings.length > 0 ? distinctSettings(fileSettings, place().framework) : fileSettings;
    // A hand-off carries a key literal or a key variable: a file that never says "optimo" has none (one test instead of a JSX walk).
    const model = MENTIONS_OPTIMO.test(sourceCode.text) && place().framework ? FRAMEWORKS[place().framework as FrameworkId] : undefined;
    const handoffs = model ? handoffsOf(model.handoffs, place().projectPath) : [];
    // The model's public access forms (`$env/static/public`, `astro:env/client`, `useRuntimeConfig().public`, `Constants.expoConfig.extra`):
    // a key variable read through one ships wherever it is read. Only in files that mention optimo (every key variable name does).
    const publicForms = model ? publicReadForms(model) : [];
    const importForms = publicForms.filter((form): form is Extract<PublicReadForm, { kind: 'import' }> => form.kind === 'import');
    const callForms = publicForms.filter((form): form is Extract<PublicReadForm, { kind: 'call' }> => form.kind === 'call');
    /** Reads reported as public reads: the SvelteKit `$env` check skips them. */
    const publicReads = new Set<TSESTree.Node>();

    function checkPublicRead(read: PublicRead): void {
      if (!model || !isOptimoSecretEnvName(read.name) || publicReads.has(read.node)) return;
      publicReads.add(read.node);
      if (isPublicOptimoSecretEnvName(read.name)) {
        const data = { name: read.name, bundler: publicEnvBundler(read.name) ?? '', prefix: publicEnvPrefix(read.name) ?? '' };
        context.report({ node: read.node, messageId: 'publicEnvKey', data });
        return;
      }
      const access = read.form.kind === 'import' ? `'${read.form.module}'` : `${read.form.callee}()${read.form.path ? `.${read.form.path}` : ''}`;
      context.report({ node: read.node, messageId: 'publicAccess', data: { name: read.name, access, framework: model.name, serverPlace: model.serverPlace } });
    }

    function checkEnvRead(read: EnvRead | undefined): void {
      if (!read || publicReads.has(read.node)) return;
      if (isPublicOptimoSecretEnvName(read.name)) {
        const prefix = publicEnvPrefix(read.name) ?? '';
        const bundler = publicEnvBundler(read.name) ?? '';
        context.report({ node: read.node, messageId: 'publicEnvKey', data: { name: read.name, bundler, prefix } });
      } else if (isOptimoSecretEnvName(read.name) && inBrowser(read.node)) {
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
      if (inBrowser(sink.node)) context.report({ node: sink.node, messageId: 'clientHeader' });
    }

    function reportEntries(entries: readonly { node: TSESTree.Node; name: string }[], setting: FileInlineSetting, block: string): void {
      for (const entry of entries) {
        if (setting.framework.id === 'next' && NEXT_CONFIG_PUBLIC_BLOCKS.has(block)) {
          context.report({ node: entry.node, messageId: 'nextConfigEnv', data: { block, name: entry.name } });
        } else {
          context.report({ node: entry.node, messageId: 'inlineSetting', data: { framework: setting.framework.name, setting: setting.setting, what: setting.what, name: entry.name } });
        }
      }
    }

    /** A config entry at a property path the model names: `env`, `vite.define`, `runtimeConfig.public`, `envPrefix`, `env.schema`. */
    function checkSettingProperty(node: TSESTree.Property, pathSettings: ReadonlyMap<string, FileInlineSetting>): void {
      const written = propertyPath(node);
      if (written === undefined) return;
      // Expo's app.config may wrap its settings in `expo: { … }` as app.json does.
      const setting = pathSettings.get(written) ?? (written.startsWith('expo.') ? pathSettings.get(written.slice('expo.'.length)) : undefined);
      if (!setting) return;
      const value = node.value;
      if (isAstroEnvSchema(setting)) {
        if (value.type !== AST_NODE_TYPES.ObjectExpression) return;
        for (const field of value.properties) {
          const name = field.type === AST_NODE_TYPES.Property ? propertyKeyName(field) : undefined;
          if (field.type === AST_NODE_TYPES.Property && name !== undefined && isOptimoSecretEnvName(name) && isClientEnvField(field)) reportEntries([{ node: field, name }], setting, written);
        }
      } else if (setting.effect === 'prefix') {
        for (const { node: prefixNode, prefix, exposed } of exposingPrefixes(value)) {
          context.report({ node: prefixNode, messageId: 'publicPrefix', data: { framework: setting.framework.name, setting: setting.setting, prefix, exposed, what: setting.what } });
        }
      } else if (value.type === AST_NODE_TYPES.ObjectExpression) {
        reportEntries(keyEntries(sourceCode, value), setting, written.split('.').at(-1) ?? written);
      } else if (envObjectSource(value) || carriesKey(sourceCode, value)) {
        // `env: process.env`, `define: { …keys }` built elsewhere.
        reportEntries([{ node: value, name: sourceCode.getText(value).slice(0, 40) }], setting, written.split('.').at(-1) ?? written);
      }
    }

    const pathSettings = new Map<string, FileInlineSetting>();
    for (const setting of settings) {
      if (isAstroEnvSchema(setting)) pathSettings.set('env.schema', setting);
      else if (isPathSetting(setting)) pathSettings.set(setting.setting, setting);
    }
    const pluginSetting = settings.find((setting) => PLUGIN_SETTINGS.has(setting.setting));
    const callSetting = settings.find((setting) => CALL_SETTINGS.has(setting.setting));

    const returning = handoffs.find((handoff) => handoff.kind === 'export-return' && handoff.exports);
    let returningFunctions: Map<TSESTree.Node, string> | undefined;
    function checkReturned(fn: TSESTree.Node | undefined, value: TSESTree.Node, handoff: Handoff): void {
      if (!fn) return;
      returningFunctions ??= returningExports(sourceCode, new Set(handoff.exports));
      const name = returningFunctions.get(fn);
      if (name !== undefined && carriesKey(sourceCode, value)) context.report({ node: value, messageId: 'handoffReturn', data: { name, what: handoff.what } });
    }
    const componentProps = handoffs.find((handoff) => handoff.kind === 'component-props');
    const islandProps = handoffs.find((handoff) => handoff.kind === 'island-props');

    /** The props of a JSX element that carry a key. */
    function keyProps(element: TSESTree.JSXOpeningElement): TSESTree.Node[] {
      return element.attributes.flatMap((attribute): TSESTree.Node[] => {
        if (attribute.type === AST_NODE_TYPES.JSXSpreadAttribute) return carriesKey(sourceCode, attribute.argument) ? [attribute] : [];
        const value = attribute.value;
        if (attribute.name.type === AST_NODE_TYPES.JSXNamespacedName || value?.type !== AST_NODE_TYPES.JSXExpressionContainer) return [];
        return value.expression.type !== AST_NODE_TYPES.JSXEmptyExpression && carriesKey(sourceCode, value.expression) ? [attribute] : [];
      });
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
        for (const form of importForms) {
          if (form.module === node.source.value) for (const read of readsOfImport(sourceCode, node, form)) checkPublicRead(read);
        }
        if (!SVELTEKIT_ENV_MODULE.test(node.source.value)) return;
        for (const read of envReadsOfSvelteKitImport(sourceCode, node)) checkEnvRead(read);
      },
      'CallExpression[callee.type="MemberExpression"]'(node: TSESTree.CallExpression) {
        if (pluginSetting) reportEntries(pluginKeyEntries(sourceCode, node) ?? [], pluginSetting, pluginSetting.setting);
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
        if (sdkImported && isOptimoCmsClass(sourceCode, node.callee) && inBrowser(node)) context.report({ node, messageId: 'clientConstructor' });
        if (pluginSetting) reportEntries(pluginKeyEntries(sourceCode, node) ?? [], pluginSetting, pluginSetting.setting);
      },
      'Property[key.type="Literal"]'(node: TSESTree.Property) {
        checkClientHeader(headerSinkOfProperty(node));
      },
      ...(callForms.length > 0 && {
        CallExpression(node: TSESTree.CallExpression) {
          for (const read of readsOfCall(sourceCode, node, callForms)) checkPublicRead(read);
        },
      }),
      // Build configuration (next.config, vite.config, nuxt.config, astro.config, svelte.config, app.config): settings that ship values.
      ...(pathSettings.size > 0 && {
        Property(node: TSESTree.Property) {
          checkSettingProperty(node, pathSettings);
        },
      }),
      ...(callSetting && {
        'CallExpression[callee.type="Identifier"]'(node: TSESTree.CallExpression) {
          const [config] = node.arguments;
          if ((node.callee as TSESTree.Identifier).name === callSetting.setting && config?.type === AST_NODE_TYPES.ObjectExpression) {
            reportEntries(keyEntries(sourceCode, config), callSetting, callSetting.setting);
          }
        },
      }),
      // Server exports whose return value is serialized into the page: getServerSideProps, loader, a server load.
      ...(returning && {
        'ReturnStatement[argument]'(node: TSESTree.ReturnStatement) {
          checkReturned(enclosingFunction(node), node.argument as TSESTree.Node, returning);
        },
        'ArrowFunctionExpression[expression=true]'(node: TSESTree.ArrowFunctionExpression) {
          checkReturned(node, node.body, returning);
        },
      }),
      // A Server Component rendering a key into HTML or into a 'use client' component's props.
      ...(componentProps && {
        JSXOpeningElement(node: TSESTree.JSXOpeningElement) {
          // The module kind only for an element with a key prop: most elements have none.
          const props = keyProps(node);
          if (props.length === 0 || kindOf() === 'client') return;
          const { project, projectPath } = place();
          if (!receivesInBrowser(sourceCode, node, project.root ? `${project.root}/${projectPath}` : context.filename, project.root)) return;
          const target = sourceCode.getText(node.name);
          for (const prop of props) context.report({ node: prop, messageId: 'handoffProps', data: { target, what: componentProps.what } });
        },
      }),
      // An Astro island's props are serialized into the page.
      ...(islandProps && {
        JSXOpeningElement(node: TSESTree.JSXOpeningElement) {
          const directive = islandDirective(node, islandProps.directives ?? []);
          if (directive === undefined) return;
          for (const prop of keyProps(node)) context.report({ node: prop, messageId: 'islandProps', data: { directive, what: islandProps.what } });
        },
      }),
    };
  },
});
