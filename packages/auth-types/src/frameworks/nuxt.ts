import { SCRIPT, buildConfig, staticFolder } from './shared.js';
import type { EnvAccessForm, FrameworkModel } from './types.js';

// Nuxt 4 puts the app in app/ (srcDir); Nuxt 3 in the root: both are matched.
const SRC = '{,app/}';
const RUNTIME_CONFIG: EnvAccessForm = { kind: 'call', callee: 'useRuntimeConfig', example: 'useRuntimeConfig(event).NAME' };

// Framework convention (Nuxt docs): https://nuxt.com/docs/guide/directory-structure,
// https://nuxt.com/docs/guide/going-further/runtime-config, https://nuxt.com/docs/guide/directory-structure/components
export const NUXT: FrameworkModel = {
  id: 'nuxt',
  name: 'Nuxt',
  docs: [
    'https://nuxt.com/docs/guide/directory-structure',
    'https://nuxt.com/docs/guide/directory-structure/components',
    'https://nuxt.com/docs/guide/directory-structure/plugins',
    'https://nuxt.com/docs/guide/going-further/runtime-config',
    'https://nuxt.com/docs/guide/directory-structure/app-config',
    'https://nuxt.com/docs/api/nuxt-config#alias',
    'https://nuxt.com/docs/api/nuxt-config#srcdir',
    'https://nuxt.com/docs/guide/directory-structure/shared',
  ],
  detect: { dependencies: ['nuxt'], configFiles: ['nuxt.config.*'] },
  sourceExtensions: ['vue'],
  files: [
    { glob: 'server/**', role: 'server', what: 'Nitro server (API routes, server middleware and plugins)' },
    { glob: 'modules/**', role: 'server', what: 'local Nuxt module (runs at build time)' },
    { glob: `${SRC}{components,plugins}/**/*.client.*`, role: 'client', what: 'client-only component or plugin (.client)' },
    { glob: `${SRC}app.config.${SCRIPT}`, role: 'universal', what: 'app config (exposed to the client bundle)' },
    {
      glob: `${SRC}{components,pages,layouts,composables,plugins,middleware,utils}/**`,
      role: 'universal',
      what: 'app code (rendered on the server, hydrated in the browser)',
    },
    { glob: `${SRC}{app,error}.vue`, role: 'universal', what: 'app root component' },
    { glob: 'shared/**', role: 'universal', what: 'code shared by the app and the server' },
    { glob: `${SRC}**/*.vue`, role: 'universal', what: 'Vue component' },
    staticFolder('public'),
    buildConfig('nuxt.config.*'),
  ],
  defaultRole: 'unknown',
  publicEnv: {
    prefixes: [{ prefix: 'NUXT_PUBLIC_' }],
    access: [{ kind: 'call', callee: 'useRuntimeConfig', path: 'public', example: 'useRuntimeConfig().public.NAME' }, { kind: 'call', callee: 'useAppConfig', example: 'useAppConfig().NAME' }],
  },
  serverEnv: [RUNTIME_CONFIG, { kind: 'member', object: 'process.env', example: 'process.env.NAME' }],
  inlineSettings: [
    { file: 'nuxt.config.*', setting: 'runtimeConfig.public', effect: 'values', what: 'sent to the browser with every page' },
    { file: 'nuxt.config.*', setting: 'appConfig', effect: 'values', what: 'bundled into the client' },
    { file: `${SRC}app.config.${SCRIPT}`, setting: 'defineAppConfig', effect: 'values', what: 'bundled into the client' },
    { file: 'nuxt.config.*', setting: 'vite.define', effect: 'values', what: 'replaced in client and server code at build time' },
  ],
  handoffs: [],
  clientOutput: [{ glob: '.output/public/**', what: 'client bundles, prerendered pages and payloads' }],
  pathAliases: [
    // Source: https://nuxt.com/docs/api/nuxt-config#alias (`~` and `@` are srcDir), https://nuxt.com/docs/api/nuxt-config#srcdir
    // (Nuxt 4: app/, or the root when app/ does not exist, as packages/schema/src/config/common.ts resolves it; Nuxt 3: the root)
    { alias: '~', targets: ['app', '.'], what: 'srcDir (app/ in Nuxt 4, the root in Nuxt 3)' },
    { alias: '@', targets: ['app', '.'], what: 'srcDir (app/ in Nuxt 4, the root in Nuxt 3)' },
    // Source: https://nuxt.com/docs/api/nuxt-config#alias (`~~` and `@@` are rootDir)
    { alias: '~~', targets: ['.'], what: 'rootDir' },
    { alias: '@@', targets: ['.'], what: 'rootDir' },
    // Source: https://nuxt.com/docs/guide/directory-structure/shared (Nuxt 3.14+: `#shared` is <rootDir>/shared)
    { alias: '#shared', targets: ['shared'], what: 'code shared by the app and the server (shared/)' },
  ],
  serverPlace: 'a Nitro server route in server/api/ that reads the key with useRuntimeConfig(event) (a private runtimeConfig key, set from NUXT_…) and calls OptimoCMS; the browser code calls it with $fetch or useFetch',
};
