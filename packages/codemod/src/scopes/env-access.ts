import { ENV_ACCESS_FORMS } from '@optimocms/auth-types';
import { Node } from 'ts-morph';
import { staticStringOf } from '../ast/static-strings.js';
import { declarationsOf } from './declarations.js';

// Every way the framework model reads a variable, as lookup tables: the advisor follows them all, so a key read
// through `$env/static/private`, a Worker's `env` or `Deno.env.get` is attributed like `process.env.X`.
const MEMBER_OBJECTS = new Set(ENV_ACCESS_FORMS.flatMap((form) => (form.kind === 'member' ? [form.object] : [])));
const IMPORT_MODULES = new Set(ENV_ACCESS_FORMS.flatMap((form) => (form.kind === 'import' && form.binding === undefined ? [form.module] : [])));
/** Module → the binding it exports (`$env/dynamic/private` → `env`). */
const BINDING_MODULES = new Map(ENV_ACCESS_FORMS.flatMap((form) => (form.kind === 'import' && form.binding !== undefined ? [[form.module, form.binding] as const] : [])));
const PARAMETERS = new Set(ENV_ACCESS_FORMS.flatMap((form) => (form.kind === 'parameter' ? [form.name] : [])));
const CALLEES = new Set(ENV_ACCESS_FORMS.flatMap((form) => (form.kind === 'call' && form.path === undefined ? [form.callee] : [])));

/** `env` in `env.X`: a parameter named as a Worker's env, or the binding of `$env/dynamic/*` / `cloudflare:workers`. */
function isEnvBinding(object: Node): boolean {
  if (!Node.isIdentifier(object)) return false;
  return declarationsOf(object).some((declaration) => {
    if (Node.isParameterDeclaration(declaration)) return PARAMETERS.has(declaration.getName());
    if (!Node.isImportSpecifier(declaration)) return false;
    return BINDING_MODULES.get(declaration.getImportDeclaration().getModuleSpecifierValue()) === declaration.getName();
  });
}

/** The variable an expression reads, by any access form of the model; `undefined` when it is not one. */
export function envVarReadBy(expression: Node): string | undefined {
  if (Node.isPropertyAccessExpression(expression) || Node.isElementAccessExpression(expression)) {
    const object = expression.getExpression();
    if (!MEMBER_OBJECTS.has(object.getText()) && !isEnvBinding(object)) return undefined;
    return Node.isPropertyAccessExpression(expression) ? expression.getName() : staticStringOf(expression.getArgumentExpression());
  }
  if (Node.isCallExpression(expression) && CALLEES.has(expression.getExpression().getText())) return staticStringOf(expression.getArguments()[0]);
  if (Node.isIdentifier(expression)) {
    for (const declaration of declarationsOf(expression)) {
      // `import { OPTIMOCMS_API_KEY } from '$env/static/private'`: the imported name is the variable, whatever the local alias.
      if (Node.isImportSpecifier(declaration) && IMPORT_MODULES.has(declaration.getImportDeclaration().getModuleSpecifierValue())) return declaration.getName();
    }
  }
  return undefined;
}
