import { PROCESS_ENV, SCRIPT, buildConfig } from './shared.js';
import type { FrameworkModel } from './types.js';

// Framework convention (Expo docs): https://docs.expo.dev/guides/environment-variables/,
// https://docs.expo.dev/workflow/configuration/, https://docs.expo.dev/router/reference/api-routes/
export const EXPO: FrameworkModel = {
  id: 'expo',
  name: 'Expo / React Native',
  docs: [
    'https://docs.expo.dev/guides/environment-variables/',
    'https://docs.expo.dev/workflow/configuration/',
    'https://docs.expo.dev/versions/latest/sdk/constants/',
    'https://docs.expo.dev/router/reference/api-routes/',
    'https://docs.expo.dev/router/reference/static-rendering/',
  ],
  // app.json / app.config.* are not enough: Nuxt has an app.config.ts too.
  detect: { dependencies: ['expo', 'react-native'], configFiles: [] },
  sourceExtensions: [],
  files: [
    { glob: `app/**/*+api.${SCRIPT}`, role: 'server', what: 'Expo Router API route' },
    { glob: `app/+html.${SCRIPT}`, role: 'server', what: 'root HTML (static rendering, Node only)' },
    buildConfig(`{app,metro,babel}.config.${SCRIPT}`),
    { glob: `{app,src,components,hooks,constants,screens,navigation,utils,lib}/**`, role: 'client', what: 'app code (bundled into the app)' },
    { glob: `{App,index}.${SCRIPT}`, role: 'client', what: 'app entry' },
    { glob: 'assets/**', role: 'client', what: 'bundled asset' },
  ],
  defaultRole: 'unknown',
  publicEnv: {
    prefixes: [{ prefix: 'EXPO_PUBLIC_' }],
    access: [PROCESS_ENV, { kind: 'import', module: 'expo-constants', binding: 'default', example: 'Constants.expoConfig.extra.NAME' }],
  },
  serverEnv: [PROCESS_ENV],
  inlineSettings: [
    { file: `app.config.${SCRIPT}`, setting: 'extra', effect: 'values', what: 'shipped in the app manifest (Constants.expoConfig.extra)' },
    { file: 'app.json', setting: 'expo.extra', effect: 'values', what: 'shipped in the app manifest (Constants.expoConfig.extra)' },
  ],
  handoffs: [],
  clientOutput: [{ glob: 'dist/**', exclude: ['dist/server/**'], what: 'expo export (web and native bundles)' }],
  serverPlace: 'a backend you control (an Expo Router API route, app/…+api.ts, deployed to a server, or your own proxy) that holds the key and calls OptimoCMS; the app calls that backend — EXPO_PUBLIC_ values and app.config extra ship inside the app',
};
