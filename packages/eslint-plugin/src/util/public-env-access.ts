import type { EnvAccessForm, FrameworkModel } from '@optimocms/auth-types';
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { propertyKeyName } from './static-string.js';

/**
 * A public access form that makes a variable public by where it is read, not by its name:
 * an import of a public module (`$env/static/public`, `astro:env/client`, `expo-constants`)
 * or a call whose result holds public values (`useRuntimeConfig().public`). The model's
 * `member` forms (`process.env`, `import.meta.env`) are public only for prefixed names,
 * which the prefix check reports.
 */
export type PublicReadForm = Extract<EnvAccessForm, { kind: 'import' } | { kind: 'call' }>;

/** One read of a variable through a public form, at the node that names it. */
export interface PublicRead {
  name: string;
  node: TSESTree.Node;
  form: PublicReadForm;
}

/** The model's public forms that do not depend on a name prefix. */
export function publicReadForms(model: FrameworkModel): PublicReadForm[] {
  return model.publicEnv.access.filter((form): form is PublicReadForm => form.kind === 'import' || form.kind === 'call');
}

// `Constants.expoConfig.extra.NAME`: the member path between the binding and NAME, read from the form's example
// (the model states it only there); `env.NAME` has none.
const EXAMPLE_PATH = /([A-Za-z_$][\w$]*)((?:\.[A-Za-z_$][\w$]*)*)\.NAME$/;

/** The member path from an import binding (or a call's result) to the variable: `['expoConfig', 'extra']`, `['public']`, `[]`. */
function formPath(form: PublicReadForm): string[] {
  if (form.kind === 'call') return form.path ? form.path.split('.') : [];
  if (form.binding === undefined) return [];
  const path = EXAMPLE_PATH.exec(form.example)?.[2] ?? '';
  return path.split('.').filter(Boolean);
}

/** The member `node` is the object of, when it names a property. */
function memberOf(node: TSESTree.Node): TSESTree.MemberExpression | undefined {
  const parent = node.parent;
  return parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === node ? parent : undefined;
}

/**
 * The variables read from `node` (a value holding the form's object) after `path`:
 * `node.public.NAME`, `const { NAME } = node.public`, `const config = node; config.public.NAME`
 * (followed through the alias's references: no walk of the file).
 */
function readsFrom(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, path: readonly string[], form: PublicReadForm, depth = 0): PublicRead[] {
  let current: TSESTree.Node = node;
  let rest = path;
  for (;;) {
    const member = memberOf(current);
    if (!member) break;
    const name = propertyKeyName(member);
    if (name === undefined) return [];
    if (rest.length === 0) return [{ name, node: member, form }];
    if (name !== rest[0]) return [];
    current = member;
    rest = rest.slice(1);
  }
  // Optional chaining wraps the chain: `Constants.expoConfig?.extra` then continues from the ChainExpression.
  const parent = current.parent;
  if (parent?.type === AST_NODE_TYPES.ChainExpression) return readsFrom(sourceCode, parent, rest, form, depth);
  if (parent?.type === AST_NODE_TYPES.TSNonNullExpression) return readsFrom(sourceCode, parent, rest, form, depth);
  if (parent?.type !== AST_NODE_TYPES.VariableDeclarator || parent.init !== current || depth > 2) return [];
  return readsOfBinding(sourceCode, parent.id, rest, form, depth + 1);
}

/** Reads through what a declaration binds: a destructuring pattern, or an alias whose references are followed. */
function readsOfBinding(sourceCode: Readonly<TSESLint.SourceCode>, id: TSESTree.Node, path: readonly string[], form: PublicReadForm, depth: number): PublicRead[] {
  if (id.type === AST_NODE_TYPES.Identifier) {
    const declarator = id.parent;
    return sourceCode
      .getDeclaredVariables(declarator as TSESTree.Node)
      .filter((variable) => variable.name === id.name)
      .flatMap((variable) => variable.references.filter((reference) => reference.isRead()).flatMap((reference) => readsFrom(sourceCode, reference.identifier, path, form, depth)));
  }
  if (id.type !== AST_NODE_TYPES.ObjectPattern) return [];
  return id.properties.flatMap((property): PublicRead[] => {
    if (property.type !== AST_NODE_TYPES.Property) return [];
    const name = propertyKeyName(property);
    if (name === undefined) return [];
    if (path.length === 0) return [{ name, node: property.key, form }];
    return name === path[0] && property.value.type === AST_NODE_TYPES.ObjectPattern ? readsOfBinding(sourceCode, property.value, path.slice(1), form, depth) : [];
  });
}

/** The reads through `form` that an import of `form.module` makes: named imports are the variables; a binding is followed to its members. */
export function readsOfImport(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.ImportDeclaration, form: Extract<PublicReadForm, { kind: 'import' }>): PublicRead[] {
  const path = formPath(form);
  return node.specifiers.flatMap((specifier): PublicRead[] => {
    const imported =
      specifier.type === AST_NODE_TYPES.ImportSpecifier
        ? specifier.imported.type === AST_NODE_TYPES.Identifier
          ? specifier.imported.name
          : String(specifier.imported.value)
        : specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier
          ? 'default'
          : undefined;
    if (imported === undefined) return [];
    if (form.binding === undefined) return imported === 'default' ? [] : [{ name: imported, node: specifier.type === AST_NODE_TYPES.ImportSpecifier ? specifier.imported : specifier, form }];
    if (imported !== form.binding) return [];
    return sourceCode.getDeclaredVariables(specifier).flatMap((variable) => variable.references.flatMap((reference) => readsFrom(sourceCode, reference.identifier, path, form)));
  });
}

/** The callee of a call form as written: `useRuntimeConfig`, `Deno.env.get`. */
function calleeText(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type !== AST_NODE_TYPES.MemberExpression || node.computed) return undefined;
  const object = calleeText(node.object);
  return object === undefined ? undefined : `${object}.${propertyKeyName(node) ?? ''}`;
}

/** The reads through a call form at `node`: `useRuntimeConfig().public.NAME`, `const { NAME } = useAppConfig()`. */
export function readsOfCall(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.CallExpression, forms: readonly Extract<PublicReadForm, { kind: 'call' }>[]): PublicRead[] {
  const callee = calleeText(node.callee);
  return forms.filter((form) => form.callee === callee).flatMap((form) => readsFrom(sourceCode, node, formPath(form), form));
}
