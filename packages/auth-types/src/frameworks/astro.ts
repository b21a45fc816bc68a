import { IMPORT_META_ENV, PROCESS_ENV, buildConfig, staticFolder, viteInlineSettings } from './shared.js';
import type { FrameworkModel } from './types.js';

const ASTRO_BLOCKS = { frontmatter: 'server', template: 'server', script: 'client' } as const;

// Framework convention (Astro docs): https://docs.astro.build/en/basics/project-structure/,
// https://docs.astro.build/en/concepts/islands/, https://docs.astro.build/en/guides/environment-variables/
export const ASTRO: FrameworkModel = {
  id: 'astro',
  name: 'Astro',
  docs: [
    'https://docs.astro.build/en/basics/project-structure/',
    'https://docs.astro.build/en/concepts/islands/',
    'https://docs.astro.build/en/guides/client-side-scripts/',
    'https://docs.astro.build/en/guides/endpoints/',
    'https://docs.astro.build/en/guides/environment-variables/',
    'https://docs.astro.build/en/reference/modules/astro-env/',
  ],
  detect: { dependencies: ['astro'], configFiles: ['astro.config.*'] },
  sourceExtensions: ['astro'],
  files: [
    { glob: 'src/pages/**/*.{js,ts,mjs,mts}', role: 'server', what: 'endpoint' },
    { glob: 'src/{middleware.*,middleware/**}', role: 'server', what: 'middleware' },
    { glob: 'src/actions/**', role: 'server', what: 'action' },
    { glob: 'src/{content.config.*,content/config.*}', role: 'server', what: 'content collections config (build time)' },
    {
      glob: '**/*.astro',
      role: 'server',
      what: 'Astro component (frontmatter on the server, <script> tags in the browser)',
      blocks: ASTRO_BLOCKS,
    },
    staticFolder('public'),
    buildConfig('astro.config.*'),
  ],
  // A React/Vue/Svelte component runs in the browser only when a page uses it as a client:* island.
  defaultRole: 'unknown',
  publicEnv: {
    prefixes: [{ prefix: 'PUBLIC_' }],
    access: [IMPORT_META_ENV, { kind: 'import', module: 'astro:env/client', example: "import { NAME } from 'astro:env/client'" }],
  },
  serverEnv: [{ kind: 'import', module: 'astro:env/server', example: "import { NAME } from 'astro:env/server'" }, IMPORT_META_ENV, PROCESS_ENV],
  inlineSettings: [
    { file: 'astro.config.*', setting: "env.schema (envField with context: 'client')", effect: 'values', what: 'client variables are bundled into browser code' },
    ...viteInlineSettings('astro.config.*', 'vite.'),
  ],
  handoffs: [
    {
      kind: 'island-props',
      files: ['**/*.astro'],
      directives: ['client:load', 'client:idle', 'client:visible', 'client:media', 'client:only'],
      what: 'the props of a client:* island are serialized into the page',
    },
  ],
  clientOutput: [{ glob: 'dist/**', exclude: ['dist/server/**'], what: 'static build, or its client part with a server adapter' }],
  serverPlace: 'an endpoint in src/pages/api/ (export GET/POST) or a server-rendered page frontmatter that reads the key from astro:env/server and calls OptimoCMS; pass islands only the data they need',
};
