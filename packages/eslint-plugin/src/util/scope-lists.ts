import { SCOPES, SCOPE_PRESETS, SCOPE_SHAPE, isScope, scopesOf, suggestScope, type ScopePresetName } from '@optimocms/auth-types';
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { propertyKeyName, staticStringValue, type StaticStringNode, isStaticString } from './static-string.js';

/** One entry of a scope list: a string, or one scope of a spread auth-types list (`...SCOPES`, `...SCOPE_PRESETS.ciCdDeploy`). */
export interface ScopeEntry {
  node: StaticStringNode | TSESTree.SpreadElement;
  value: string;
}

/** A list of scopes found in code, with what names the key it belongs to. */
export interface ScopeList {
  node: TSESTree.ArrayExpression;
  entries: ScopeEntry[];
  /** Typed `Scope[]`: certainly OptimoCMS scopes, whatever the entries. */
  typed: boolean;
  /** Names and descriptions of the key (`name`, `description`, the variable or property holding it). */
  labels: string[];
}

const PROPERTY_NAME = 'scopes';
const AUTH_TYPES_PACKAGE = '@optimocms/auth-types';
/** A variable whose name ends in "scopes" (`READ_SCOPES`, `frontendScopes`). */
const SCOPES_VARIABLE = /scopes$/i;
/** Properties of a key object that say what the key is for. */
const LABEL_PROPERTIES = new Set(['name', 'description', 'label', 'title', 'envVar', 'id']);
const TYPE_WRAPPERS = new Set<string>([
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSSatisfiesExpression,
  AST_NODE_TYPES.TSNonNullExpression,
  AST_NODE_TYPES.TSTypeAssertion,
]);

/** `Scope[]`, `readonly Scope[]`, `Array<Scope>`, `ReadonlyArray<auth.Scope>`. */
export function isScopeArrayType(type: TSESTree.TypeNode | undefined): boolean {
  if (!type) return false;
  if (type.type === AST_NODE_TYPES.TSTypeOperator) return isScopeArrayType(type.typeAnnotation);
  if (type.type === AST_NODE_TYPES.TSArrayType) return isScopeType(type.elementType);
  if (type.type === AST_NODE_TYPES.TSTypeReference && type.typeName.type === AST_NODE_TYPES.Identifier && /^(Readonly)?Array$/.test(type.typeName.name)) {
    const [element] = type.typeArguments?.params ?? [];
    return element !== undefined && isScopeType(element);
  }
  return false;
}

function isScopeType(type: TSESTree.TypeNode): boolean {
  if (type.type !== AST_NODE_TYPES.TSTypeReference) return false;
  const name = type.typeName;
  return (name.type === AST_NODE_TYPES.Identifier && name.name === 'Scope') || (name.type === AST_NODE_TYPES.TSQualifiedName && name.right.name === 'Scope');
}

function labelsOfObject(object: TSESTree.ObjectExpression): string[] {
  const labels: string[] = [];
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const name = propertyKeyName(property);
    const value = name !== undefined && LABEL_PROPERTIES.has(name) ? staticStringValue(property.value) : undefined;
    if (value !== undefined) labels.push(value);
  }
  return labels;
}

/** The name under which a value is stored: `const frontend = …`, `{ frontend: … }`, `this.frontend = …`. */
function holderName(node: TSESTree.Node): string | undefined {
  let current = node;
  while (TYPE_WRAPPERS.has(current.parent?.type ?? '')) current = current.parent as TSESTree.Node;
  const parent = current.parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) return parent.id.name;
  if (parent?.type === AST_NODE_TYPES.Property && parent.value === current) return propertyKeyName(parent);
  if (parent?.type === AST_NODE_TYPES.PropertyDefinition) return propertyKeyName(parent);
  if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left.type === AST_NODE_TYPES.MemberExpression) return propertyKeyName(parent.left);
  return undefined;
}

/** The name an identifier was imported under from auth-types (`SCOPES`, `SCOPE_PRESETS`), else `undefined`. */
export function authTypesImport(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): string | undefined {
  if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
  const definition = ASTUtils.findVariable(sourceCode.getScope(node), node)?.defs[0];
  if (definition?.type !== 'ImportBinding' || definition.node.type !== AST_NODE_TYPES.ImportSpecifier) return undefined;
  if (definition.parent.type !== AST_NODE_TYPES.ImportDeclaration || definition.parent.source.value !== AUTH_TYPES_PACKAGE) return undefined;
  const imported = definition.node.imported;
  return imported.type === AST_NODE_TYPES.Identifier ? imported.name : imported.value;
}

/** The scopes of a spread auth-types list: `...SCOPES` (every scope), `...SCOPE_PRESETS.readOnlyContent`. */
function spreadScopes(sourceCode: Readonly<TSESLint.SourceCode>, argument: TSESTree.Node): readonly string[] {
  if (authTypesImport(sourceCode, argument) === 'SCOPES') return SCOPES;
  if (argument.type !== AST_NODE_TYPES.MemberExpression || authTypesImport(sourceCode, argument.object) !== 'SCOPE_PRESETS') return [];
  const preset = propertyKeyName(argument);
  return preset !== undefined && Object.hasOwn(SCOPE_PRESETS, preset) ? SCOPE_PRESETS[preset as ScopePresetName] : [];
}

function entriesOf(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.ArrayExpression): ScopeEntry[] {
  const entries: ScopeEntry[] = [];
  for (const element of node.elements) {
    if (element && isStaticString(element)) entries.push({ node: element, value: staticStringValue(element) ?? '' });
    else if (element?.type === AST_NODE_TYPES.SpreadElement) {
      for (const value of spreadScopes(sourceCode, element.argument)) entries.push({ node: element, value });
    }
  }
  return entries;
}

/**
 * The scope list an array literal is, or `undefined`: an array in a `scopes`
 * property (key manifests, `cms.apiKeys.create({ scopes })`, config objects),
 * in a variable named `…scopes`, or typed `Scope[]`. Only the array's own
 * ancestors are looked at, so this costs a few steps per array.
 */
export function scopeListOf(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.ArrayExpression): ScopeList | undefined {
  let current: TSESTree.Node = node;
  let typed = false;
  while (current.parent && TYPE_WRAPPERS.has(current.parent.type)) {
    const wrapper = current.parent as TSESTree.TSAsExpression | TSESTree.TSSatisfiesExpression | TSESTree.TSTypeAssertion | TSESTree.TSNonNullExpression;
    if ('typeAnnotation' in wrapper && isScopeArrayType(wrapper.typeAnnotation)) typed = true;
    current = wrapper;
  }
  const parent = current.parent;
  if (!parent) return undefined;
  const labels: string[] = [];
  switch (parent.type) {
    case AST_NODE_TYPES.Property: {
      if (parent.value !== current || propertyKeyName(parent) !== PROPERTY_NAME) return undefined;
      const owner = parent.parent;
      if (owner.type === AST_NODE_TYPES.ObjectExpression) {
        labels.push(...labelsOfObject(owner));
        const name = holderName(owner);
        if (name !== undefined) labels.push(name);
      }
      break;
    }
    case AST_NODE_TYPES.VariableDeclarator: {
      if (parent.init !== current || parent.id.type !== AST_NODE_TYPES.Identifier) return undefined;
      typed ||= isScopeArrayType(parent.id.typeAnnotation?.typeAnnotation);
      if (!typed && !SCOPES_VARIABLE.test(parent.id.name)) return undefined;
      labels.push(parent.id.name);
      break;
    }
    case AST_NODE_TYPES.PropertyDefinition: {
      if (parent.value !== current) return undefined;
      typed ||= isScopeArrayType(parent.typeAnnotation?.typeAnnotation);
      const name = propertyKeyName(parent);
      if (!typed && name !== PROPERTY_NAME) return undefined;
      break;
    }
    case AST_NODE_TYPES.AssignmentExpression: {
      if (parent.right !== current || parent.left.type !== AST_NODE_TYPES.MemberExpression || propertyKeyName(parent.left) !== PROPERTY_NAME) return undefined;
      break;
    }
    default:
      if (!typed) return undefined;
  }
  return { node, entries: entriesOf(sourceCode, node), typed, labels };
}

/** True when at least one entry is a valid scope (what makes a `scopes` list ours, not another vendor's). */
export function hasValidScope(list: ScopeList): boolean {
  return list.entries.some((entry) => isScope(entry.value));
}

/**
 * True when the list is an OptimoCMS scope list, possibly with typos only:
 * typed `Scope[]`, or an entry that is a scope, close to one, or of an OptimoCMS
 * resource. GitHub's `['read:user', 'user:email']` is not.
 */
export function isOptimoScopeList(list: ScopeList): boolean {
  if (list.typed || hasValidScope(list)) return true;
  return list.entries.some(({ value }) => SCOPE_SHAPE.test(value) && (suggestScope(value) !== undefined || scopesOf(value.split(':')[0]?.toLowerCase() ?? '').length > 0));
}
