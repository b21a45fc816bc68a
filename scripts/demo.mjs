// `pnpm demo`: shows what the toolkit knows and does, on a temporary copy of examples/demo-app.
import { SCOPES, SCOPE_PRESETS, PUBLIC_ENV_PREFIXES } from '@optimocms/auth-types';

console.log(`OptimoCMS scopes (${SCOPES.length}): ${SCOPES.join(', ')}`);
console.log(`Read-only content preset: ${SCOPE_PRESETS.readOnlyContent.join(', ')}`);
console.log(`Browser-public env prefixes: ${PUBLIC_ENV_PREFIXES.map((p) => p.prefix).join(' ')}`);
