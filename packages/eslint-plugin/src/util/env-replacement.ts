import { ENV_VARS, isTypeScriptFile, type KeyEnvironment } from '@optimocms/auth-types';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { replaceableTarget } from './literal-position.js';
import type { StaticStringNode } from './static-string.js';

/** The conventional variable for a key: per environment when known, `OPTIMOCMS_API_KEY` otherwise. */
export function envVarFor(environment: KeyEnvironment | undefined): string {
  return environment ? ENV_VARS[environment] : ENV_VARS.apiKey;
}

/** What a suggestion writes, and over which node. */
export interface EnvReplacement {
  target: TSESTree.Node;
  text: string;
}

/** Comparisons: their operands may be `undefined` without a type error. */
const UNDEFINED_TOLERANT_OPERATORS = new Set(['==', '===', '!=', '!==']);

/** True when an annotation accepts `undefined`: `any`, `unknown`, `undefined`, or a union with one of them. */
function admitsUndefined(annotation: TSESTree.TSTypeAnnotation | undefined): boolean {
  const admits = (type: TSESTree.TypeNode): boolean =>
    type.type === AST_NODE_TYPES.TSAnyKeyword ||
    type.type === AST_NODE_TYPES.TSUnknownKeyword ||
    type.type === AST_NODE_TYPES.TSUndefinedKeyword ||
    (type.type === AST_NODE_TYPES.TSUnionType && type.types.some(admits));
  return annotation !== undefined && admits(annotation.typeAnnotation);
}

/** The outermost node whose value is the literal's or may be: through `as T`, `satisfies T`, `?:` branches, `??`/`||`/`&&` operands. */
function valuePosition(node: TSESTree.Node): TSESTree.Node {
  let position = node;
  for (let parent = position.parent; parent; parent = position.parent) {
    const transparent =
      parent.type === AST_NODE_TYPES.TSAsExpression ||
      parent.type === AST_NODE_TYPES.TSSatisfiesExpression ||
      parent.type === AST_NODE_TYPES.TSTypeAssertion ||
      parent.type === AST_NODE_TYPES.LogicalExpression ||
      (parent.type === AST_NODE_TYPES.ConditionalExpression && parent.test !== position);
    if (!transparent) break;
    position = parent;
  }
  return position;
}

/**
 * True when TypeScript needs `process.env.X!` in place of a string literal
 * (`process.env.X` is `string | undefined`). The codemod's rule: every place
 * that received a `string` keeps receiving one, an unannotated `const` too
 * (where it flows, to `apiKey: string` say, is not known without types), except
 * where `undefined` is plainly accepted: comparisons, template expressions,
 * statements, `void`/`typeof`, and annotations that admit `undefined`. Unlike
 * the codemod, a `??`/`||` fallback is judged by the place of the whole
 * expression: `apiKey: env.A ?? '…'` needs `env.A ?? env.B!`.
 */
function needsString(node: TSESTree.Node): boolean {
  const position = valuePosition(node);
  const parent = position.parent;
  if (!parent) return true;
  switch (parent.type) {
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.ExpressionStatement:
      return false;
    case AST_NODE_TYPES.UnaryExpression:
      return parent.operator !== 'void' && parent.operator !== 'typeof';
    case AST_NODE_TYPES.BinaryExpression:
      return !UNDEFINED_TOLERANT_OPERATORS.has(parent.operator);
    case AST_NODE_TYPES.VariableDeclarator:
      return !admitsUndefined(parent.id.type === AST_NODE_TYPES.Identifier ? parent.id.typeAnnotation : undefined);
    case AST_NODE_TYPES.PropertyDefinition:
      return !parent.optional && !admitsUndefined(parent.typeAnnotation);
    case AST_NODE_TYPES.AssignmentPattern:
      return !(parent.left.type === AST_NODE_TYPES.Identifier && (parent.left.optional || admitsUndefined(parent.left.typeAnnotation)));
    default:
      return true;
  }
}

/**
 * The suggestion that replaces a hardcoded key, or `undefined` where the
 * result would not parse or would change the types: `process.env.NAME`, with
 * `!` in TypeScript where a `string` is needed, in braces as a JSX attribute value.
 */
export function envReplacement(literal: StaticStringNode, envVar: string, filename: string): EnvReplacement | undefined {
  const target = replaceableTarget(literal, filename);
  if (!target) return undefined;
  const nonNull = isTypeScriptFile(filename) && needsString(target) ? '!' : '';
  const expression = `process.env.${envVar}${nonNull}`;
  return { target, text: target.parent?.type === AST_NODE_TYPES.JSXAttribute ? `{${expression}}` : expression };
}
