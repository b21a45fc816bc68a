import { IMPORT_META_ENV, PROCESS_ENV, SCRIPT, buildConfig, staticFolder, viteInlineSettings } from './shared.js';
import type { FrameworkModel } from './types.js';

const ROUTES = 'src/routes';

// Framework convention (SvelteKit docs): https://svelte.dev/docs/kit/project-structure, https://svelte.dev/docs/kit/routing,
// https://svelte.dev/docs/kit/server-only-modules, https://svelte.dev/docs/kit/$env-static-public
export const SVELTEKIT: FrameworkModel = {
  id: 'sveltekit',
  name: 'SvelteKit',
  docs: [
    'https://svelte.dev/docs/kit/project-structure',
    'https://svelte.dev/docs/kit/routing',
    'https://svelte.dev/docs/kit/load',
    'https://svelte.dev/docs/kit/server-only-modules',
    'https://svelte.dev/docs/kit/$env-static-public',
    'https://svelte.dev/docs/kit/configuration#env',
    'https://svelte.dev/docs/kit/$lib',
  ],
  // svelte.config.js alone is not SvelteKit: Vite + Svelte SPAs have one too.
  detect: { dependencies: ['@sveltejs/kit'], configFiles: [] },
  sourceExtensions: ['svelte'],
  files: [
    { glob: `${ROUTES}/**/+server.${SCRIPT}`, role: 'server', what: 'endpoint (+server)' },
    { glob: 'src/hooks.client.*', role: 'client', what: 'client hooks' },
    { glob: 'src/{service-worker.*,service-worker/**}', role: 'client', what: 'service worker' },
    {
      glob: `${ROUTES}/**/+{page,layout}.${SCRIPT}`,
      role: 'universal',
      what: 'universal load (+page / +layout)',
      exports: { load: 'universal', prerender: 'universal', ssr: 'universal', csr: 'universal', trailingSlash: 'universal', config: 'universal', entries: 'universal' },
    },
    { glob: `src/hooks.${SCRIPT}`, role: 'universal', what: 'universal hooks (reroute, transport)' },
    { glob: 'src/params/**', role: 'universal', what: 'param matcher' },
    { glob: '**/*.svelte', role: 'universal', what: 'Svelte component (rendered on the server, hydrated in the browser)' },
    { glob: 'src/app.html', role: 'client', what: 'page template' },
    staticFolder('static'),
    buildConfig('{svelte,vite}.config.*'),
  ],
  defaultRole: 'unknown',
  publicEnv: {
    prefixes: [{ prefix: 'PUBLIC_' }, { prefix: 'VITE_' }],
    access: [
      { kind: 'import', module: '$env/static/public', example: "import { NAME } from '$env/static/public'" },
      { kind: 'import', module: '$env/dynamic/public', binding: 'env', example: "import { env } from '$env/dynamic/public'; env.NAME" },
      IMPORT_META_ENV,
    ],
  },
  serverEnv: [
    { kind: 'import', module: '$env/static/private', example: "import { NAME } from '$env/static/private'" },
    { kind: 'import', module: '$env/dynamic/private', binding: 'env', example: "import { env } from '$env/dynamic/private'; env.NAME" },
    PROCESS_ENV,
  ],
  inlineSettings: [
    { file: 'svelte.config.*', setting: 'kit.env.publicPrefix', effect: 'prefix', what: 'variables with this prefix are public' },
    ...viteInlineSettings(),
  ],
  handoffs: [
    { kind: 'export-return', files: [`${ROUTES}/**/+{page,layout}.server.${SCRIPT}`], exports: ['load', 'actions'], what: 'the returned data is serialized into the page' },
  ],
  clientOutput: [
    { glob: '.svelte-kit/output/client/**', what: 'client bundles' },
    { glob: '.svelte-kit/output/prerendered/**', what: 'prerendered pages and data' },
  ],
  pathAliases: [
    // Source: https://svelte.dev/docs/kit/$lib (src/lib unless kit.files.lib moves it: https://svelte.dev/docs/kit/configuration#files)
    { alias: '$lib', targets: ['src/lib'], what: 'library code (src/lib)' },
  ],
  serverPlace: 'a +page.server.ts / +layout.server.ts load or form action, or a +server.ts endpoint, that reads the key from $env/static/private and calls OptimoCMS (return only the data the page needs)',
};
