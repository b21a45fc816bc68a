import { ANGULAR } from './angular.js';
import { ASTRO } from './astro.js';
import { EXPO } from './expo.js';
import { GATSBY } from './gatsby.js';
import { NEXT } from './next.js';
import { NUXT } from './nuxt.js';
import { REACT_ROUTER } from './react-router.js';
import { BUN, CLOUDFLARE_WORKERS, DENO, NODE_SERVER } from './server-runtimes.js';
import { SVELTEKIT } from './sveltekit.js';
import { FRAMEWORK_IDS, type EnvAccessForm, type FileRule, type FrameworkId, type FrameworkModel } from './types.js';
import { VITE } from './vite.js';

// Project convention (not in the OptimoCMS guide): the guide says "never client-side"; what is client-side is each framework's own rule, cited in each entry.
/** The framework model, by id. */
export const FRAMEWORKS: Readonly<Record<FrameworkId, FrameworkModel>> = {
  next: NEXT,
  nuxt: NUXT,
  sveltekit: SVELTEKIT,
  astro: ASTRO,
  'react-router': REACT_ROUTER,
  gatsby: GATSBY,
  expo: EXPO,
  angular: ANGULAR,
  vite: VITE,
  'cloudflare-workers': CLOUDFLARE_WORKERS,
  'node-server': NODE_SERVER,
  deno: DENO,
  bun: BUN,
};

/** The models in detection precedence (the order of {@link FRAMEWORK_IDS}). */
export const FRAMEWORK_MODELS: readonly FrameworkModel[] = FRAMEWORK_IDS.map((id) => FRAMEWORKS[id]);

// Project convention (not in the OptimoCMS guide): the universal markers of docs/architecture.md, as globs; they hold in every framework and win over its rules.
/** Paths that are server-only whatever the framework: `*.server.*`, `.server/` folders, SvelteKit `$lib/server/`. */
export const SERVER_PATH_MARKERS: readonly FileRule[] = [
  { glob: '**/*.server.*', role: 'server', what: 'server-only module (*.server.*)' },
  { glob: '**/*.server/**', role: 'server', what: 'server-only folder (.server/)' },
  { glob: '**/lib/server/**', role: 'server', what: 'server-only folder ($lib/server/)' },
];

// Project convention (not in the OptimoCMS guide): Vue and Svelte single-file components compile to browser code wherever no framework says otherwise.
/** Rules for a file whose framework is unknown. */
export const FALLBACK_FILE_RULES: readonly FileRule[] = [
  { glob: '**/*.{vue,svelte}', role: 'universal', what: 'Vue or Svelte component' },
];

/** True for a framework id of the model. */
export function isFrameworkId(value: unknown): value is FrameworkId {
  return typeof value === 'string' && (FRAMEWORK_IDS as readonly string[]).includes(value);
}

/** The component formats the model's frameworks compile (`vue`, `svelte`, `astro`), without the dot, once each: every framework's `sourceExtensions`. */
export const COMPONENT_SOURCE_EXTENSIONS: readonly string[] = [...new Set(FRAMEWORK_MODELS.flatMap((model) => model.sourceExtensions))];

/** File-name globs of dotenv-format secret files the frameworks add to `.env*` (`.dev.vars`, `.dev.vars.staging`). */
export const SECRET_ENV_FILE_GLOBS: readonly string[] = FRAMEWORK_MODELS.flatMap((model) => model.secretEnvFiles ?? []);

/**
 * Every way the model's frameworks read an environment variable, public and
 * server-side, once each: what a tool that asks "which variables does this
 * code read?" must recognise (`$env/static/private`, a Worker's `env`, `Deno.env.get`, …).
 */
export const ENV_ACCESS_FORMS: readonly EnvAccessForm[] = [
  ...new Map(FRAMEWORK_MODELS.flatMap(({ publicEnv, serverEnv }) => [...publicEnv.access, ...serverEnv]).map((form) => [form.example, form])).values(),
];
