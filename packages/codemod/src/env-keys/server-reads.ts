import type { FrameworkId } from '@optimocms/auth-types';

/**
 * How rewritten server code reads a key: one of the framework model's
 * `serverEnv` forms (a test checks each against auth-types), the one that
 * needs no project setup beyond the `.env` the codemod writes.
 */
export type ServerRead =
  | { readonly kind: 'member'; readonly object: 'process.env' | 'import.meta.env'; readonly example: string }
  | { readonly kind: 'import'; readonly module: string; readonly example: string }
  | { readonly kind: 'call'; readonly callee: string; readonly example: string }
  /** No global read exists (a Worker's `env` parameter): the key becomes a manual item naming the binding. */
  | { readonly kind: 'binding'; readonly name: string; readonly example: string };

const PROCESS_ENV: ServerRead = { kind: 'member', object: 'process.env', example: 'process.env.NAME' };

// Framework conventions: SvelteKit https://svelte.dev/docs/kit/$env-static-private, Astro https://docs.astro.build/en/guides/environment-variables/
// (import.meta.env; astro:env/server needs a schema in astro.config), Deno https://docs.deno.com/runtime/reference/env_variables/,
// Workers https://developers.cloudflare.com/workers/configuration/secrets/ (secrets arrive on the env parameter).
/** The read the codemod writes, per framework; without a framework, `process.env`. */
export const SERVER_READS: Readonly<Record<FrameworkId, ServerRead>> = {
  next: PROCESS_ENV,
  nuxt: PROCESS_ENV,
  sveltekit: { kind: 'import', module: '$env/static/private', example: "import { NAME } from '$env/static/private'" },
  astro: { kind: 'member', object: 'import.meta.env', example: 'import.meta.env.NAME' },
  'react-router': PROCESS_ENV,
  gatsby: PROCESS_ENV,
  expo: PROCESS_ENV,
  angular: PROCESS_ENV,
  vite: PROCESS_ENV,
  'cloudflare-workers': { kind: 'binding', name: 'env', example: 'fetch(request, env) { env.NAME }' },
  'node-server': PROCESS_ENV,
  deno: { kind: 'call', callee: 'Deno.env.get', example: "Deno.env.get('NAME')" },
  bun: PROCESS_ENV,
};

export function serverReadOf(framework: FrameworkId | undefined): ServerRead {
  return framework === undefined ? PROCESS_ENV : SERVER_READS[framework];
}

/** The expression that reads `name`: `process.env.X`, `import.meta.env.X`, `Deno.env.get('X')`, or the imported binding `X`. */
export function readExpression(read: ServerRead, name: string): string {
  switch (read.kind) {
    case 'member':
      return `${read.object}.${name}`;
    case 'call':
      return `${read.callee}('${name}')`;
    default:
      return name;
  }
}

/**
 * Whether TypeScript sees `string | undefined` (so a literal's place needs
 * `!`): `process.env` and `Deno.env.get` do; `$env/static/private` exports
 * are `string`, and Vite's `import.meta.env` index signature is `any`.
 */
export function readMayBeUndefined(read: ServerRead): boolean {
  return read.kind === 'call' || (read.kind === 'member' && read.object === 'process.env');
}
