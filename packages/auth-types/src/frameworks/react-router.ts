import { IMPORT_META_ENV, PROCESS_ENV, SCRIPT, buildConfig, staticFolder, viteInlineSettings } from './shared.js';
import type { FrameworkModel } from './types.js';

// Framework convention (React Router 7 framework mode and Remix docs): https://reactrouter.com/start/framework/route-module,
// https://reactrouter.com/api/framework-conventions/server-modules, https://reactrouter.com/api/framework-conventions/client-modules
export const REACT_ROUTER: FrameworkModel = {
  id: 'react-router',
  name: 'React Router 7 / Remix',
  docs: [
    'https://reactrouter.com/start/framework/route-module',
    'https://reactrouter.com/explanation/code-splitting',
    'https://reactrouter.com/api/framework-conventions/server-modules',
    'https://reactrouter.com/api/framework-conventions/client-modules',
    'https://v2.remix.run/docs/file-conventions/-client',
  ],
  // `react-router` alone is the library (a Vite SPA's router), not framework mode.
  detect: {
    dependencies: ['@react-router/dev', '@remix-run/dev', '@remix-run/react'],
    configFiles: ['react-router.config.*', 'remix.config.*'],
  },
  sourceExtensions: [],
  files: [
    { glob: '**/{*.client.*,.client/**}', role: 'client', what: 'client module (.client, left out of server bundles)' },
    { glob: `app/entry.server.${SCRIPT}`, role: 'server', what: 'server entry' },
    { glob: `app/entry.client.${SCRIPT}`, role: 'client', what: 'client entry' },
    { glob: `app/routes.${SCRIPT}`, role: 'server', what: 'route config (build time)' },
    {
      glob: `app/{root,routes/**/*}.${SCRIPT}`,
      role: 'universal',
      what: 'route module',
      exports: {
        loader: 'server',
        action: 'server',
        headers: 'server',
        middleware: 'server',
        unstable_middleware: 'server',
        default: 'universal',
        clientLoader: 'client',
        clientAction: 'client',
        clientMiddleware: 'client',
        unstable_clientMiddleware: 'client',
        shouldRevalidate: 'client',
      },
      otherExports: 'universal',
    },
    staticFolder('public'),
    buildConfig('{react-router,remix,vite}.config.*'),
  ],
  defaultRole: 'unknown',
  publicEnv: { prefixes: [{ prefix: 'VITE_' }], access: [IMPORT_META_ENV] },
  serverEnv: [PROCESS_ENV, { kind: 'member', object: 'context.cloudflare.env', example: 'context.cloudflare.env.NAME' }],
  inlineSettings: [
    ...viteInlineSettings(),
  ],
  handoffs: [
    { kind: 'export-return', files: [`app/{root,routes/**/*}.${SCRIPT}`], exports: ['loader', 'action'], what: 'the returned data is serialized into the page (useLoaderData, useActionData)' },
  ],
  clientOutput: [
    { glob: 'build/client/**', what: 'client bundles and prerendered pages' },
    { glob: 'public/build/**', what: 'client bundles (classic Remix compiler)' },
  ],
  serverPlace: "the route's loader or action (server-only exports), or a resource route, that reads the key from process.env and calls OptimoCMS; return only the data the page needs",
};
