import { IMPORT_META_ENV, PROCESS_ENV, buildConfig, staticFolder } from './shared.js';
import type { FrameworkModel } from './types.js';

const NGX_ENV = '@ngx-env/builder';

// Framework convention (Angular docs): https://angular.dev/tools/cli/environments, https://angular.dev/guide/ssr;
// @ngx-env/builder: https://github.com/chihab/dotenv-run/tree/main/packages/angular
export const ANGULAR: FrameworkModel = {
  id: 'angular',
  name: 'Angular',
  docs: [
    'https://angular.dev/reference/configs/file-structure',
    'https://angular.dev/tools/cli/environments',
    'https://angular.dev/guide/ssr',
    'https://angular.dev/reference/configs/workspace-config',
    'https://github.com/chihab/dotenv-run/tree/main/packages/angular',
  ],
  detect: { dependencies: ['@angular/core'], configFiles: ['angular.json'] },
  sourceExtensions: [],
  files: [
    { glob: 'src/server.ts', role: 'server', what: 'SSR server (Express)' },
    { glob: 'src/{app,environments}/**', role: 'client', what: 'application code and environment files (bundled into the browser)' },
    { glob: 'src/{main.ts,index.html}', role: 'client', what: 'browser entry' },
    staticFolder('{public,src/assets}'),
    buildConfig('angular.json'),
  ],
  defaultRole: 'unknown',
  publicEnv: {
    prefixes: [{ prefix: 'NG_APP_', requires: NGX_ENV }],
    access: [IMPORT_META_ENV, PROCESS_ENV, { kind: 'member', object: 'environment', example: 'environment.NAME (src/environments/environment.ts)' }],
  },
  serverEnv: [PROCESS_ENV],
  inlineSettings: [
    { file: 'angular.json', setting: 'define', effect: 'values', what: 'replaced in the browser bundle at build time' },
    { file: 'angular.json', setting: 'fileReplacements', effect: 'values', what: 'the replacing environment file is bundled into the browser' },
    { file: 'angular.json', setting: 'ngxEnv.prefix', effect: 'prefix', what: `${NGX_ENV}: variables with this prefix are inlined (default NG_APP_)` },
  ],
  handoffs: [],
  clientOutput: [{ glob: 'dist/*/browser/**', what: 'browser build (application builder)' }],
  serverPlace: 'a backend endpoint that holds the key (your API, or the SSR server.ts Express app) and calls OptimoCMS; the Angular app calls it with HttpClient — src/environments files ship in the bundle',
};
