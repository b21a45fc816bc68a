import { ENV_VARS, SDK, type KeyEnvironment } from '@optimocms/auth-types';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { headerSinkOfAssignment, headerSinkOfCall, isApiKeyHeaderName } from './api-key-header.js';
import { propertyKeyName } from './static-string.js';

/** The conventional variable for a key: per environment when known, `OPTIMOCMS_API_KEY` otherwise. */
export function envVarFor(environment: KeyEnvironment | undefined): string {
  return environment ? ENV_VARS[environment] : ENV_VARS.apiKey;
}

const TYPESCRIPT_FILE = /\.[cm]?tsx?$/;

function isStringType(annotation: TSESTree.TSTypeAnnotation | undefined): boolean {
  return annotation?.typeAnnotation.type === AST_NODE_TYPES.TSStringKeyword;
}

/** True when the literal's place needs a `string` (`process.env.X` is `string | undefined`). */
function needsString(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.Property: {
      const name = propertyKeyName(parent);
      return parent.value === node && (name === SDK.apiKeyOption || isApiKeyHeaderName(name));
    }
    case AST_NODE_TYPES.CallExpression:
      return headerSinkOfCall(parent)?.value === node;
    case AST_NODE_TYPES.AssignmentExpression:
      return headerSinkOfAssignment(parent)?.value === node;
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.id.type === AST_NODE_TYPES.Identifier && isStringType(parent.id.typeAnnotation);
    case AST_NODE_TYPES.PropertyDefinition:
      return isStringType(parent.typeAnnotation);
    case AST_NODE_TYPES.JSXAttribute:
      return parent.name.type === AST_NODE_TYPES.JSXIdentifier && parent.name.name === SDK.apiKeyOption;
    default:
      return false;
  }
}

/**
 * The code that replaces a hardcoded key: `process.env.NAME`, with `!` in
 * TypeScript where a `string` is needed, in braces as a JSX attribute value.
 */
export function envReplacement(node: TSESTree.Node, envVar: string, filename: string): string {
  const nonNull = TYPESCRIPT_FILE.test(filename) && needsString(node) ? '!' : '';
  const expression = `process.env.${envVar}${nonNull}`;
  return node.parent?.type === AST_NODE_TYPES.JSXAttribute ? `{${expression}}` : expression;
}
