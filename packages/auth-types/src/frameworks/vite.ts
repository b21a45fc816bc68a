import { IMPORT_META_ENV, PROCESS_ENV, buildConfig, staticFolder, viteInlineSettings } from './shared.js';
import type { FrameworkModel } from './types.js';

// Framework convention (Vite docs): https://vite.dev/guide/env-and-mode, https://vite.dev/config/shared-options#define,
// https://vite.dev/config/shared-options#envprefix
export const VITE: FrameworkModel = {
  id: 'vite',
  name: 'Vite SPA (React, Vue, Svelte)',
  docs: [
    'https://vite.dev/guide/env-and-mode',
    'https://vite.dev/config/shared-options#define',
    'https://vite.dev/config/shared-options#envprefix',
    'https://vite.dev/guide/assets#the-public-directory',
    'https://vite.dev/guide/build',
  ],
  detect: { dependencies: ['vite'], configFiles: ['vite.config.*'] },
  sourceExtensions: ['vue', 'svelte'],
  files: [
    { glob: 'src/**', role: 'client', what: 'SPA source (bundled into the browser)' },
    { glob: '*.html', role: 'client', what: 'entry page' },
    staticFolder('public'),
    buildConfig('vite.config.*'),
  ],
  defaultRole: 'unknown',
  publicEnv: { prefixes: [{ prefix: 'VITE_' }], access: [IMPORT_META_ENV] },
  serverEnv: [PROCESS_ENV],
  inlineSettings: [
    ...viteInlineSettings(),
  ],
  handoffs: [],
  clientOutput: [{ glob: 'dist/**', what: 'the built SPA' }],
  serverPlace: 'a backend you control (an API server or a serverless function) that holds the key and calls OptimoCMS; the SPA calls that backend — everything under src/ ships to the browser',
};
