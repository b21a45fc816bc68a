import { KEY_ENVIRONMENTS, type KeyEnvironment } from '@optimocms/auth-types';
import { expectedKeyEnvironment, findKeyTokens, isPlaceholder, nameWords, pathPlace, stageOfName } from '@optimocms/secret-scan';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { envReadOfMember } from './env-reads.js';
import { skipTypeWrappers, staticStringValue } from './static-string.js';

/**
 * The kind of key a name says it holds: `live` or `sandbox` as a word, else
 * the key the guide gives the stage it names (`PROD_KEY` → live,
 * `testKey` → sandbox); undefined when it names none or both.
 */
export function keyEnvironmentOfName(name: string): KeyEnvironment | undefined {
  const words = nameWords(name);
  const named = KEY_ENVIRONMENTS.filter((environment) => words.includes(environment));
  if (named.length > 0) return named.length === 1 ? named[0] : undefined;
  const stage = stageOfName(name);
  return stage ? expectedKeyEnvironment(stage) : undefined;
}

/**
 * The kind of key an expression holds, from what it is: a key literal (the
 * engine's prefixes), an env read (`process.env.OPTIMOCMS_LIVE_KEY!`) or an
 * identifier (`LIVE`, `sandboxKey`) by its name.
 */
export function keyEnvironmentOfExpression(node: TSESTree.Node): KeyEnvironment | undefined {
  const value = skipTypeWrappers(node);
  const text = staticStringValue(value);
  if (text !== undefined) {
    const [token, ...rest] = findKeyTokens(text).filter((candidate) => !isPlaceholder(candidate.value));
    return token && rest.every((other) => other.environment === token.environment) ? token.environment : undefined;
  }
  if (value.type === AST_NODE_TYPES.Identifier) return keyEnvironmentOfName(value.name);
  if (value.type === AST_NODE_TYPES.MemberExpression) {
    const read = envReadOfMember(value);
    if (read) return keyEnvironmentOfName(read.name);
  }
  return undefined;
}

/**
 * True for files where development and tests run, by the scanner's
 * environment places: test files, fixtures, Storybook (the guide gives
 * them sandbox keys). `path` is relative, with `/` separators.
 */
export function isSandboxPlace(path: string): boolean {
  const place = pathPlace(path);
  return place !== undefined && expectedKeyEnvironment(place.stage) === 'sandbox';
}
