import { FRAMEWORK_MODELS, KEY_ENV_VAR_NAMES, isOptimoSecretEnvName, matchesModelGlob, type FrameworkModel, type InlineSetting } from '@optimocms/auth-types';
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { envObjectSource } from './env-reads.js';
import { carriesKey } from './key-value-flow.js';
import { propertyKeyName, staticStringValue } from './static-string.js';

/** A build setting of the framework model that applies to the linted config file. */
export interface FileInlineSetting extends InlineSetting {
  readonly framework: FrameworkModel;
}

/** Every framework's inline settings, by the glob of their config file (a dozen globs, tested once per linted file). */
const SETTINGS_BY_FILE = new Map<string, FileInlineSetting[]>();
for (const framework of FRAMEWORK_MODELS) {
  for (const setting of framework.inlineSettings) SETTINGS_BY_FILE.set(setting.file, [...(SETTINGS_BY_FILE.get(setting.file) ?? []), { ...setting, framework }]);
}

/** The file-name part of each config-file glob (`next.config.*`, `app.config.{js,…}`): a cheap first test on any path. */
const SETTINGS_FILE_NAMES = [...new Set([...SETTINGS_BY_FILE.keys()].map(lastSegment))];

/** What follows a glob's last `/` outside braces (`{,app/}app.config.*` is one segment: its braces may be empty). */
function lastSegment(glob: string): string {
  let depth = 0;
  let start = 0;
  for (let at = 0; at < glob.length; at++) {
    if (glob[at] === '{') depth++;
    else if (glob[at] === '}') depth--;
    else if (glob[at] === '/' && depth === 0) start = at + 1;
  }
  return glob.slice(start);
}

/** False for a file whose name no framework's config file has: no need to place it in its project. */
export function mayHoldInlineSettings(file: string): boolean {
  const name = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  return SETTINGS_FILE_NAMES.some((glob) => matchesModelGlob(glob, name));
}

/** Every framework's inline settings whose config file is this one (by path from the package root). */
export function inlineSettingsOf(projectPath: string): FileInlineSetting[] {
  const settings: FileInlineSetting[] = [];
  for (const [glob, ofFile] of SETTINGS_BY_FILE) if (matchesModelGlob(glob, projectPath)) settings.push(...ofFile);
  return settings;
}

/** Settings whose code is not an object at a property path, by the model's `setting` text. */
export const PLUGIN_SETTINGS = new Set(['webpack', 'onCreateWebpackConfig']);
export const CALL_SETTINGS = new Set(['defineAppConfig']);
const ASTRO_ENV_FIELD = /^env\.schema\b/;
const PROPERTY_PATH = /^[\w$]+(?:\.[\w$]+)*$/;
/** webpack's plugins that inline values: `new DefinePlugin({ … })`, `new EnvironmentPlugin([…])`; Gatsby's `plugins.define({ … })`. */
const INLINING_PLUGINS = new Set(['DefinePlugin', 'EnvironmentPlugin']);
const INLINING_FACTORIES = new Set(['define', 'environment']);

/** The property path of a config entry from the outermost object literal: `vite.define`, `runtimeConfig.public`. */
export function propertyPath(property: TSESTree.Property): string | undefined {
  const names: string[] = [];
  let current: TSESTree.Node = property;
  while (current.type === AST_NODE_TYPES.Property) {
    const name = propertyKeyName(current);
    if (name === undefined) return undefined;
    names.unshift(name);
    const object: TSESTree.Node = current.parent;
    if (object.type !== AST_NODE_TYPES.ObjectExpression) break;
    current = object.parent;
  }
  return names.join('.');
}

/** True for a setting written as a property path the file's object literals may hold. */
export function isPathSetting(setting: InlineSetting): boolean {
  return PROPERTY_PATH.test(setting.setting);
}

/** True for Astro's `env.schema` with `envField.*({ context: 'client' })`. */
export function isAstroEnvSchema(setting: InlineSetting): boolean {
  return ASTRO_ENV_FIELD.test(setting.setting);
}

/** A key-carrying entry of an inlined object, named for the message. */
export interface InlinedEntry {
  node: TSESTree.Node;
  name: string;
}

/** The last segment of a define key: `process.env.OPTIMOCMS_API_KEY` → `OPTIMOCMS_API_KEY`. */
function variableOfDefineKey(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

/** The entries of an object that ships and that hold a key: by name (`OPTIMOCMS_API_KEY`, `'process.env.OPTIMOCMS_API_KEY'`) or by value. */
export function keyEntries(sourceCode: Readonly<TSESLint.SourceCode>, object: TSESTree.ObjectExpression): InlinedEntry[] {
  const entries: InlinedEntry[] = [];
  for (const entry of object.properties) {
    if (entry.type === AST_NODE_TYPES.SpreadElement) {
      // `env: { ...process.env }` inlines every variable, keys included.
      const source = envObjectSource(entry.argument);
      if (source || carriesKey(sourceCode, entry.argument)) entries.push({ node: entry, name: source ? `...${source}` : 'a spread entry' });
      continue;
    }
    const name = propertyKeyName(entry);
    const value = entry.value;
    if (name !== undefined && (isOptimoSecretEnvName(variableOfDefineKey(name)) || (name.endsWith('.env') && envObjectSource(value)))) {
      entries.push({ node: entry, name });
    } else if (carriesKey(sourceCode, value)) {
      entries.push({ node: entry, name: name ?? 'a computed entry' });
    } else if (value.type === AST_NODE_TYPES.ObjectExpression) {
      // Nested public config (`runtimeConfig.public.cms.apiKey`) ships as a whole.
      entries.push(...keyEntries(sourceCode, value));
    }
  }
  return entries;
}

/** The variable names a webpack `EnvironmentPlugin` or `DefinePlugin` inlines that hold a key. */
export function pluginKeyEntries(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.NewExpression | TSESTree.CallExpression): InlinedEntry[] | undefined {
  const callee = node.callee;
  const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? propertyKeyName(callee) : undefined;
  if (name === undefined) return undefined;
  const isFactory = node.type === AST_NODE_TYPES.CallExpression && callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.Identifier && callee.object.name === 'plugins';
  if (!(node.type === AST_NODE_TYPES.NewExpression ? INLINING_PLUGINS.has(name) : isFactory && INLINING_FACTORIES.has(name))) return undefined;
  const [argument] = node.arguments;
  if (!argument) return [];
  if (argument.type === AST_NODE_TYPES.ObjectExpression) return keyEntries(sourceCode, argument);
  if (argument.type === AST_NODE_TYPES.ArrayExpression) {
    return argument.elements.flatMap((element) => {
      const variable = element ? staticStringValue(element) : undefined;
      return element && variable !== undefined && isOptimoSecretEnvName(variable) ? [{ node: element, name: variable }] : [];
    });
  }
  const variable = staticStringValue(argument);
  return variable !== undefined && isOptimoSecretEnvName(variable) ? [{ node: argument, name: variable }] : [];
}

/** A public prefix that makes a key variable public: `''`, or one that `OPTIMOCMS_API_KEY` (or another key name) starts with. */
export function exposingPrefixes(value: TSESTree.Node): { node: TSESTree.Node; prefix: string; exposed: string }[] {
  const candidates = value.type === AST_NODE_TYPES.ArrayExpression ? value.elements.filter((element) => element !== null) : [value];
  return candidates.flatMap((node) => {
    const prefix = staticStringValue(node);
    const exposed = prefix === undefined ? undefined : KEY_ENV_VAR_NAMES.find((name) => name.startsWith(prefix));
    return prefix !== undefined && exposed !== undefined ? [{ node, prefix, exposed }] : [];
  });
}

/** Astro `envField.string({ context: 'client', … })` under `env.schema` for a key variable. */
export function isClientEnvField(property: TSESTree.Property): boolean {
  const value = property.value;
  if (value.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = value.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.object.type !== AST_NODE_TYPES.Identifier || callee.object.name !== 'envField') return false;
  const [options] = value.arguments;
  if (options?.type !== AST_NODE_TYPES.ObjectExpression) return false;
  return options.properties.some(
    (option) => option.type === AST_NODE_TYPES.Property && propertyKeyName(option) === 'context' && staticStringValue(option.value) === 'client',
  );
}
