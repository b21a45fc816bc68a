import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { propertyKeyName } from './static-string.js';

/** Where an environment variable is read from. */
export type EnvSource = 'process.env' | 'import.meta.env' | '$env';

/** One read of an environment variable, at the node that names it. */
export interface EnvRead {
  name: string;
  node: TSESTree.Node;
  source: EnvSource;
}

/** SvelteKit's environment modules: `$env/static/public`, `$env/dynamic/private`, … */
export const SVELTEKIT_ENV_MODULE = /^\$env\/(static|dynamic)\/(public|private)$/;

/** `process.env` or `import.meta.env` (also `globalThis.process.env`), else `undefined`. */
export function envObjectSource(node: TSESTree.Node): EnvSource | undefined {
  if (node.type !== AST_NODE_TYPES.MemberExpression || propertyKeyName(node) !== 'env') return undefined;
  const object = node.object;
  if (object.type === AST_NODE_TYPES.MetaProperty && object.meta.name === 'import' && object.property.name === 'meta') return 'import.meta.env';
  if (object.type === AST_NODE_TYPES.Identifier && object.name === 'process') return 'process.env';
  if (object.type === AST_NODE_TYPES.MemberExpression && propertyKeyName(object) === 'process') return 'process.env';
  return undefined;
}

/** `process.env.NAME`, `process.env['NAME']`, `import.meta.env.NAME`. */
export function envReadOfMember(node: TSESTree.MemberExpression): EnvRead | undefined {
  const source = envObjectSource(node.object);
  const name = source && propertyKeyName(node);
  return source && name !== undefined ? { name, node, source } : undefined;
}

/** `const { NAME, OTHER: alias } = process.env` (or `import.meta.env`): one read per destructured name. */
export function envReadsOfPattern(pattern: TSESTree.ObjectPattern, init: TSESTree.Node): EnvRead[] {
  const source = envObjectSource(init);
  if (!source) return [];
  const reads: EnvRead[] = [];
  for (const property of pattern.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const name = propertyKeyName(property);
    if (name !== undefined) reads.push({ name, node: property.key, source });
  }
  return reads;
}

/**
 * Reads through a SvelteKit `$env/…` import: each `import { NAME } from '$env/static/…'`,
 * and each `env.NAME` on the `env` object of `$env/dynamic/…` (found through the
 * import's references, not a walk of the file).
 */
export function envReadsOfSvelteKitImport(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.ImportDeclaration): EnvRead[] {
  const reads: EnvRead[] = [];
  for (const specifier of node.specifiers) {
    if (specifier.type !== AST_NODE_TYPES.ImportSpecifier) continue;
    const imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : String(specifier.imported.value);
    if (imported !== 'env') {
      reads.push({ name: imported, node: specifier.imported, source: '$env' });
      continue;
    }
    for (const variable of sourceCode.getDeclaredVariables(specifier)) {
      for (const reference of variable.references) {
        const parent = reference.identifier.parent;
        if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== reference.identifier) continue;
        const name = propertyKeyName(parent);
        if (name !== undefined) reads.push({ name, node: parent, source: '$env' });
      }
    }
  }
  return reads;
}
