import { isScope, KEY_MANIFEST, SCOPE_PRESETS, type KeyEnvironment, type Scope } from '@optimocms/auth-types';
import { Node, SyntaxKind, type SourceFile } from 'ts-morph';
import { propertyNameOf, staticStringOf } from '../ast/static-strings.js';
import { unwrapExpression } from '../ast/unwrap-expression.js';
import { declarationsOf, MAX_DEPTH } from './declarations.js';

/** A key the project declares, in `optimocms.keys.ts` (`defineKeys`) or in a `cms.apiKeys.create` call. */
export interface DeclaredKey {
  name: string;
  environment: KeyEnvironment | null;
  envVar: string | null;
  scopes: Scope[];
  /** Strings in the scope list that are not scopes. */
  unknownScopes: string[];
  /** Parts of the scope list that static analysis could not read (a call, a parameter, an unknown preset): its scopes are not all known. */
  unreadableScopes: boolean;
  source: { kind: 'defineKeys' | 'apiKeys.create'; file: string; line: number; column: number };
}

function propertyOf(object: Node, name: string): Node | undefined {
  if (!Node.isObjectLiteralExpression(object)) return undefined;
  const found = object.getProperties().find((element) => Node.isPropertyAssignment(element) && propertyNameOf(element.getNameNode()) === name);
  return found && Node.isPropertyAssignment(found) ? found.getInitializer() : undefined;
}

/** The strings of a scope list: literals, `SCOPE_PRESETS.x`, spreads of either, constants holding them. `unread` is told of every part it cannot read. */
function scopeStrings(node: Node | undefined, unread: () => void, depth = 0): string[] {
  if (!node || depth > MAX_DEPTH) {
    unread();
    return [];
  }
  const expression = unwrapExpression(node);
  const single = staticStringOf(expression);
  if (single !== undefined) return [single];
  if (Node.isArrayLiteralExpression(expression)) {
    return expression.getElements().flatMap((element) => scopeStrings(Node.isSpreadElement(element) ? element.getExpression() : element, unread, depth + 1));
  }
  if (Node.isPropertyAccessExpression(expression) && expression.getExpression().getText() === 'SCOPE_PRESETS') {
    const preset = expression.getName();
    if (Object.hasOwn(SCOPE_PRESETS, preset)) return [...SCOPE_PRESETS[preset as keyof typeof SCOPE_PRESETS]];
  }
  if (Node.isIdentifier(expression)) {
    for (const declaration of declarationsOf(expression)) {
      if (Node.isVariableDeclaration(declaration)) return scopeStrings(declaration.getInitializer(), unread, depth + 1);
    }
  }
  unread();
  return [];
}

function declaredKey(object: Node, kind: DeclaredKey['source']['kind'], file: string, fallbackName: string): DeclaredKey {
  let unreadableScopes = false;
  const strings = scopeStrings(propertyOf(object, 'scopes'), () => (unreadableScopes = true));
  const environment = staticStringOf(propertyOf(object, 'environment'));
  const { line, column } = object.getSourceFile().getLineAndColumnAtPos(object.getStart());
  return {
    name: staticStringOf(propertyOf(object, 'name')) ?? fallbackName,
    environment: environment === 'live' || environment === 'sandbox' ? environment : null,
    envVar: staticStringOf(propertyOf(object, 'envVar')) ?? null,
    scopes: [...new Set(strings.filter(isScope))],
    unknownScopes: strings.filter((scope) => !isScope(scope)),
    unreadableScopes,
    source: { kind, file, line, column },
  };
}

/** Every key a file declares: each object of `defineKeys([…])`, and the options of `*.apiKeys.create({ … })`. */
export function findDeclaredKeys(sourceFile: SourceFile, file: string): DeclaredKey[] {
  const keys: DeclaredKey[] = [];
  for (const call of sourceFile.getDescendantsOfKind(SyntaxKind.CallExpression)) {
    const callee = unwrapExpression(call.getExpression());
    const [first] = call.getArguments();
    if (!first) continue;
    if (Node.isIdentifier(callee) && callee.getText() === KEY_MANIFEST.helperName) {
      const list = unwrapExpression(first);
      if (!Node.isArrayLiteralExpression(list)) continue;
      list.getElements().forEach((element, index) => {
        const object = unwrapExpression(element);
        if (Node.isObjectLiteralExpression(object)) keys.push(declaredKey(object, 'defineKeys', file, `key #${index + 1}`));
      });
    } else if (Node.isPropertyAccessExpression(callee) && callee.getName() === 'create') {
      const holder = callee.getExpression();
      const options = unwrapExpression(first);
      if (Node.isPropertyAccessExpression(holder) && holder.getName() === 'apiKeys' && Node.isObjectLiteralExpression(options)) {
        keys.push(declaredKey(options, 'apiKeys.create', file, 'apiKeys.create'));
      }
    }
  }
  return keys;
}
