import { SDK } from '@optimocms/auth-types';
import { Node, type Expression, type SourceFile } from 'ts-morph';
import { isSdkModuleLoad } from '../ast/sdk-module-load.js';
import { unwrapExpression } from '../ast/unwrap-expression.js';

/** The local names under which one file sees the SDK: the client class and the module namespace. */
export interface SdkBindings {
  classNames: ReadonlySet<string>;
  namespaceNames: ReadonlySet<string>;
}

const NONE: SdkBindings = { classNames: new Set(), namespaceNames: new Set() };

/**
 * Collects, without a type checker, the names one file gives to the SDK:
 * `import { OptimoCMS as Cms }`, `import * as sdk`, `import OptimoCMS from`,
 * `const { OptimoCMS } = require(…)`, `const sdk = await import(…)` and
 * module-level aliases such as `const Client = OptimoCMS`.
 */
export function sdkBindingsOf(sourceFile: SourceFile): SdkBindings {
  if (!sourceFile.getFullText().includes(SDK.packageName)) return NONE;
  const classNames = new Set<string>();
  const namespaceNames = new Set<string>();
  for (const declaration of sourceFile.getImportDeclarations()) {
    if (declaration.getModuleSpecifierValue() !== SDK.packageName) continue;
    const namespace = declaration.getNamespaceImport();
    if (namespace) namespaceNames.add(namespace.getText());
    const defaultImport = declaration.getDefaultImport();
    if (defaultImport) classNames.add(defaultImport.getText());
    for (const specifier of declaration.getNamedImports()) {
      if (specifier.getName() === SDK.clientClass) classNames.add(specifier.getAliasNode()?.getText() ?? specifier.getName());
    }
  }
  // Module-level declarations only: that is where clients and aliases are made, and it keeps a large file cheap.
  const declarations = sourceFile.getVariableDeclarations();
  // Aliases of aliases: repeat until nothing new is learnt.
  for (let changed = true; changed; ) {
    changed = false;
    for (const declaration of declarations) {
      const initializer = declaration.getInitializer();
      if (!initializer) continue;
      const nameNode = declaration.getNameNode();
      if (Node.isIdentifier(nameNode)) {
        const name = nameNode.getText();
        if (!namespaceNames.has(name) && isSdkModuleLoad(initializer)) {
          namespaceNames.add(name);
          changed = true;
        } else if (!classNames.has(name) && isClassReference(initializer, { classNames, namespaceNames })) {
          classNames.add(name);
          changed = true;
        }
      } else if (Node.isObjectBindingPattern(nameNode) && (isSdkModuleLoad(initializer) || isNamespaceReference(initializer, namespaceNames))) {
        for (const element of nameNode.getElements()) {
          const imported = element.getPropertyNameNode()?.getText() ?? element.getName();
          if (imported === SDK.clientClass && !classNames.has(element.getName())) {
            classNames.add(element.getName());
            changed = true;
          }
        }
      }
    }
  }
  return { classNames, namespaceNames };
}

function isNamespaceReference(node: Node, namespaceNames: ReadonlySet<string>): boolean {
  const expression = unwrapExpression(node);
  return Node.isIdentifier(expression) && namespaceNames.has(expression.getText());
}

/** `OptimoCMS`, `Cms` (an alias) or `sdk.OptimoCMS`. */
export function isClassReference(node: Node, bindings: SdkBindings): boolean {
  const expression = unwrapExpression(node);
  if (Node.isIdentifier(expression)) return bindings.classNames.has(expression.getText());
  return Node.isPropertyAccessExpression(expression) && expression.getName() === SDK.clientClass && isNamespaceReference(expression.getExpression(), bindings.namespaceNames);
}

/** The options object of `new OptimoCMS({ … })`, when `node` is such a construction. */
export function sdkOptionsOf(node: Node, bindings: SdkBindings): Expression | undefined {
  if (!Node.isNewExpression(node) || !isClassReference(node.getExpression(), bindings)) return undefined;
  return node.getArguments()[0] as Expression | undefined;
}
