// no-client-side-api-key with the framework model: each file placed by the nearest package.json of a fixture
// project (test/fixtures/frameworks/<name>), functions placed by their export in mixed files, hand-offs from
// server to browser code and build settings that inline values.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import typescriptParser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import astroParser from 'astro-eslint-parser';
import svelteParser from 'svelte-eslint-parser';
import vueParser from 'vue-eslint-parser';
import rule from '../../src/rules/no-client-side-api-key.js';
import { testRule } from '../rule-tester.js';

const SDK_IMPORT = "import { OptimoCMS } from '@optimocms/sdk';";
const frameworks = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/frameworks');
const fixture = (file: string): string => path.join(frameworks, file);
/** A component format's parser with TypeScript for its scripts. */
const component = (parser: unknown, extension: string) => ({ parser: parser as TSESLint.Parser.LooseParserModule, parserOptions: { parser: typescriptParser, extraFileExtensions: [extension] } });
const astro = component(astroParser, '.astro');
const svelte = component(svelteParser, '.svelte');
const vue = component(vueParser, '.vue');

testRule('no-client-side-api-key (frameworks)', rule, {
  valid: [
    // Express: src/client/ is server code in a Node.js server (an HTTP client folder), not browser code.
    {
      code: `${SDK_IMPORT}
export const cms = new OptimoCMS({ apiKey: process.env.OPTIMOCMS_API_KEY! });`,
      filename: fixture('express/src/client/cms.ts'),
    },
    // NestJS-style *.client.ts: a client module of the server.
    {
      code: `${SDK_IMPORT}
export const cms = new OptimoCMS({ apiKey: process.env.OPTIMOCMS_API_KEY! });`,
      filename: fixture('nest/src/cms.client.ts'),
    },
    // Cloudflare Worker: the env binding is the server's.
    {
      code: `export default { async fetch(request: Request, env: { OPTIMOCMS_API_KEY: string }) { return fetch('https://api.optimocms.com/v1/sites', { headers: { 'X-Api-Key': env.OPTIMOCMS_API_KEY } }); } };`,
      filename: fixture('worker/src/index.ts'),
    },
    // Next.js pages router: module-level code used only by getServerSideProps is removed from the browser bundle.
    {
      code: `${SDK_IMPORT}
const cms = new OptimoCMS({ apiKey: process.env.OPTIMOCMS_API_KEY! });
export async function getServerSideProps() {
  const pages = await cms.pages.list();
  return { props: { titles: pages.map((page) => page.title) } };
}
export default function Home({ titles }: { titles: string[] }) {
  return <ul>{titles.map((title) => <li key={title}>{title}</li>)}</ul>;
}`,
      filename: fixture('next/pages/index.tsx'),
    },
    // Nuxt: server/ is Nitro server code.
    {
      code: `export default defineEventHandler(() => fetch('https://api.optimocms.com/v1/sites', { headers: { 'X-Api-Key': process.env.OPTIMOCMS_API_KEY! } }));`,
      filename: fixture('nuxt/server/api/pages.ts'),
    },
    // Astro: a server-rendered page passes only data to its island.
    {
      code: `---
import Search from '../components/Search.jsx';
const pages = await fetch('https://api.optimocms.com/v1/sites', { headers: { 'X-Api-Key': import.meta.env.OPTIMOCMS_API_KEY } }).then((res) => res.json());
---
<Search client:visible pages={pages} />
`,
      filename: fixture('astro/src/pages/about.astro'),
      languageOptions: astro,
    },
    // Nuxt server component (*.server.vue): rendered on the server only.
    {
      code: `<script setup lang="ts">
const res = await fetch('https://api.optimocms.com/v1/sites', { headers: { 'X-Api-Key': process.env.OPTIMOCMS_API_KEY! } });
</script>
<template><p>{{ res.status }}</p></template>
`,
      filename: fixture('nuxt/components/Cms.server.vue'),
      languageOptions: vue,
    },
    // React Router: a loader exported under an alias (export { … as loader }) and the helper only it uses stay on the server.
    {
      code: `const headers = () => ({ 'X-Api-Key': process.env.OPTIMOCMS_API_KEY! });
async function loadPages() {
  return fetch('https://api.optimocms.com/v1/sites', { headers: headers() });
}
export { loadPages as loader };
export default function Pages() { return null; }`,
      filename: fixture('react-router/app/routes/alias.tsx'),
    },
  ],
  invalid: [
    // Next.js pages router: getServerSideProps returns the key; the page component and module-level code it uses ship.
    {
      code: `${SDK_IMPORT}
const cms = new OptimoCMS({ apiKey: process.env.OPTIMOCMS_API_KEY! });
export async function getServerSideProps() {
  return { props: { apiKey: process.env.OPTIMOCMS_API_KEY } };
}
export default function Home() {
  const key = process.env.OPTIMOCMS_API_KEY;
  void cms;
  return <p>{key}</p>;
}`,
      filename: fixture('next/pages/index.tsx'),
      errors: [
        { messageId: 'clientConstructor', line: 2, column: 13, endLine: 2, endColumn: 70 },
        { messageId: 'clientEnvRead', line: 2, column: 37, endLine: 2, endColumn: 66 },
        { messageId: 'handoffReturn', line: 4, column: 10, endLine: 4, endColumn: 62 },
        { messageId: 'clientEnvRead', line: 7, column: 15, endLine: 7, endColumn: 44 },
      ],
    },
    // React Router 7 route module: loader returns the key; clientLoader runs in the browser.
    {
      code: `export async function loader() {
  const res = await fetch('https://api.optimocms.com/v1/sites', { headers: { 'X-Api-Key': process.env.OPTIMOCMS_API_KEY! } });
  return { sites: await res.json(), key: process.env.OPTIMOCMS_API_KEY };
}
export async function clientLoader() {
  return fetch('https://api.optimocms.com/v1/sites', { headers: { 'X-Api-Key': process.env.OPTIMOCMS_API_KEY! } });
}
export default function Pages() { return null; }`,
      filename: fixture('react-router/app/routes/pages.tsx'),
      errors: [
        { messageId: 'handoffReturn', line: 3, column: 10, endLine: 3, endColumn: 73 },
        { messageId: 'clientHeader', line: 6, column: 67, endLine: 6, endColumn: 110 },
        { messageId: 'clientEnvRead', line: 6, column: 80, endLine: 6, endColumn: 109 },
      ],
    },
    // SvelteKit server load and form action return the key.
    {
      code: `import { OPTIMOCMS_API_KEY } from '$env/static/private';
export const load = async () => ({ key: OPTIMOCMS_API_KEY });
export const actions = { default: async () => { return { key: OPTIMOCMS_API_KEY }; } };`,
      filename: fixture('sveltekit/src/routes/+page.server.ts'),
      errors: [
        { messageId: 'handoffReturn', line: 2, column: 34, endLine: 2, endColumn: 60 },
        { messageId: 'handoffReturn', line: 3, column: 56, endLine: 3, endColumn: 82 },
      ],
    },
    // SvelteKit universal load (+page.ts) ships to the browser.
    {
      code: `export const load = () => ({ key: process.env.OPTIMOCMS_API_KEY });`,
      filename: fixture('sveltekit/src/routes/+page.ts'),
      errors: [
        { messageId: 'clientEnvRead', line: 1, column: 35, endLine: 1, endColumn: 64 },
      ],
    },
    // Next.js app router: a Server Component passes the key to an HTML element and to a 'use client' component (not to a server one).
    {
      code: `import { Search } from './components/search';
import { List } from './components/list';
export default function Page() {
  return <main data-key={process.env.OPTIMOCMS_API_KEY}><Search apiKey={process.env.OPTIMOCMS_API_KEY!} /><List pages={[]} key2={process.env.OPTIMOCMS_API_KEY} /></main>;
}`,
      filename: fixture('next/app/page.tsx'),
      errors: [
        { messageId: 'handoffProps', line: 4, column: 16, endLine: 4, endColumn: 56 },
        { messageId: 'handoffProps', line: 4, column: 65, endLine: 4, endColumn: 104 },
      ],
    },
    // Vite SPA: everything under src/ ships.
    {
      code: `export const key = import.meta.env.OPTIMOCMS_API_KEY;`,
      filename: fixture('vite/src/api.ts'),
      errors: [
        { messageId: 'clientEnvRead', line: 1, column: 20, endLine: 1, endColumn: 53 },
      ],
    },
    // Vite: envPrefix with OPTIMOCMS_ and a define that inlines the key variable.
    {
      code: `import { defineConfig } from 'vite';
export default defineConfig({
  envPrefix: ['VITE_', 'OPTIMOCMS_'],
  define: { 'import.meta.env.OPTIMOCMS_API_KEY': JSON.stringify(process.env.OPTIMOCMS_API_KEY), __SITE__: '"docs"' },
});`,
      filename: fixture('vite/vite.config.ts'),
      errors: [
        { messageId: 'publicPrefix', line: 3, column: 24, endLine: 3, endColumn: 36 },
        { messageId: 'inlineSetting', line: 4, column: 13, endLine: 4, endColumn: 95 },
      ],
    },
    // Nuxt: runtimeConfig.public and vite.define ship; private runtimeConfig does not.
    {
      code: `export default defineNuxtConfig({
  runtimeConfig: { optimocmsApiKey: '', public: { optimocmsApiKey: process.env.OPTIMOCMS_API_KEY, siteId: 'site_1' } },
  vite: { define: { __KEY__: JSON.stringify(process.env.OPTIMOCMS_API_KEY) } },
});`,
      filename: fixture('nuxt/nuxt.config.ts'),
      errors: [
        { messageId: 'inlineSetting', line: 2, column: 51, endLine: 2, endColumn: 97 },
        { messageId: 'inlineSetting', line: 3, column: 21, endLine: 3, endColumn: 75 },
      ],
    },
    // next.config: webpack DefinePlugin, EnvironmentPlugin and compiler.define.
    {
      code: `export default {
  webpack(config, { webpack }) {
    config.plugins.push(new webpack.DefinePlugin({ 'process.env.OPTIMOCMS_API_KEY': JSON.stringify(process.env.OPTIMOCMS_API_KEY) }));
    config.plugins.push(new webpack.EnvironmentPlugin(['OPTIMOCMS_API_KEY', 'NODE_ENV']));
    return config;
  },
  compiler: { define: { KEY: process.env.OPTIMOCMS_LIVE_KEY } },
};`,
      filename: fixture('next/next.config.mjs'),
      errors: [
        { messageId: 'inlineSetting', line: 3, column: 52, endLine: 3, endColumn: 130 },
        { messageId: 'inlineSetting', line: 4, column: 56, endLine: 4, endColumn: 75 },
        { messageId: 'inlineSetting', line: 7, column: 25, endLine: 7, endColumn: 60 },
      ],
    },
    // Astro: envField with context 'client' for a key variable.
    {
      code: `import { defineConfig, envField } from 'astro/config';
export default defineConfig({
  env: { schema: {
    OPTIMOCMS_API_KEY: envField.string({ context: 'client', access: 'public' }),
    OPTIMOCMS_LIVE_KEY: envField.string({ context: 'server', access: 'secret' }),
  } },
});`,
      filename: fixture('astro/astro.config.mjs'),
      errors: [
        { messageId: 'inlineSetting', line: 4, column: 5, endLine: 4, endColumn: 80 },
      ],
    },
    // SvelteKit: an empty kit.env.publicPrefix makes every variable public.
    {
      code: `export default { kit: { env: { publicPrefix: '' } } };`,
      filename: fixture('sveltekit/svelte.config.js'),
      errors: [
        { messageId: 'publicPrefix', line: 1, column: 46, endLine: 1, endColumn: 48 },
      ],
    },
    // Expo: app.config extra ships in the app manifest.
    {
      code: `export default ({ config }) => ({ ...config, extra: { optimocmsApiKey: process.env.OPTIMOCMS_API_KEY, eas: { projectId: 'x' } } });`,
      filename: fixture('expo/app.config.ts'),
      errors: [
        { messageId: 'inlineSetting', line: 1, column: 55, endLine: 1, endColumn: 101 },
      ],
    },
    // Expo: app/ is bundled into the app.
    {
      code: `export default function Home() { return fetch('https://api.optimocms.com/v1/sites', { headers: { 'X-Api-Key': process.env.OPTIMOCMS_API_KEY! } }); }`,
      filename: fixture('expo/app/index.tsx'),
      errors: [
        { messageId: 'clientHeader', line: 1, column: 98, endLine: 1, endColumn: 141 },
        { messageId: 'clientEnvRead', line: 1, column: 111, endLine: 1, endColumn: 140 },
      ],
    },
    // Angular: src/app is bundled into the browser.
    {
      code: `${SDK_IMPORT}
export const cms = new OptimoCMS({ apiKey: process.env.OPTIMOCMS_API_KEY! });`,
      filename: fixture('angular/src/app/cms.service.ts'),
      errors: [
        { messageId: 'clientConstructor', line: 2, column: 20, endLine: 2, endColumn: 77 },
        { messageId: 'clientEnvRead', line: 2, column: 44, endLine: 2, endColumn: 73 },
      ],
    },
    // Gatsby: a DefinePlugin in onCreateWebpackConfig (plugins.define and new DefinePlugin).
    {
      code: `exports.onCreateWebpackConfig = ({ actions, plugins }) => { actions.setWebpackConfig({ plugins: [plugins.define({ KEY: JSON.stringify(process.env.OPTIMOCMS_API_KEY) }), new plugins.webpack.DefinePlugin({ KEY2: JSON.stringify(process.env.OPTIMOCMS_API_KEY) })] }); };`,
      filename: fixture('gatsby/gatsby-node.js'),
      errors: [
        { messageId: 'inlineSetting', line: 1, column: 115, endLine: 1, endColumn: 165 },
        { messageId: 'inlineSetting', line: 1, column: 205, endLine: 1, endColumn: 256 },
      ],
    },
    // Gatsby: getServerData returns the key.
    {
      code: `export async function getServerData() { return { props: { key: process.env.OPTIMOCMS_API_KEY } }; }
export default function Page() { return null; }`,
      filename: fixture('gatsby/src/pages/index.tsx'),
      errors: [
        { messageId: 'handoffReturn', line: 1, column: 48, endLine: 1, endColumn: 97 },
      ],
    },
    // The framework option overrides detection: as a Vite SPA, src/client/ ships.
    {
      code: `${SDK_IMPORT}
export const cms = new OptimoCMS({ apiKey: process.env.OPTIMOCMS_API_KEY! });`,
      filename: fixture('express/src/client/cms.ts'),
      options: [{'framework':'vite'}],
      errors: [
        { messageId: 'clientConstructor', line: 2, column: 20, endLine: 2, endColumn: 77 },
        { messageId: 'clientEnvRead', line: 2, column: 44, endLine: 2, endColumn: 73 },
      ],
    },
    // Nuxt: composables are rendered on the server and hydrated in the browser.
    {
      code: `export const useCms = () => fetch('https://api.optimocms.com/v1/sites', { headers: { 'X-Api-Key': process.env.OPTIMOCMS_API_KEY! } });`,
      filename: fixture('nuxt/composables/cms.ts'),
      errors: [
        { messageId: 'clientHeader', line: 1, column: 86, endLine: 1, endColumn: 129 },
        { messageId: 'clientEnvRead', line: 1, column: 99, endLine: 1, endColumn: 128 },
      ],
    },
    // Astro: frontmatter and markup render on the server; the props of a client:* island are serialized into the page.
    {
      code: `---
import Search from '../components/Search.jsx';
const apiKey = import.meta.env.OPTIMOCMS_API_KEY;
const pages = await fetch('https://api.optimocms.com/v1/sites', { headers: { 'X-Api-Key': apiKey } }).then((res) => res.json());
---
<Search client:load apiKey={apiKey} pages={pages} />
<Search pages={pages} token={apiKey} />
`,
      filename: fixture('astro/src/pages/index.astro'),
      languageOptions: astro,
      errors: [
        { messageId: 'islandProps', line: 6, column: 21, endLine: 6, endColumn: 36 },
      ],
    },
    // SvelteKit: a .svelte component is hydrated in the browser.
    {
      code: `<script lang="ts">
  const key = import.meta.env.OPTIMOCMS_API_KEY;
</script>
<p>{key.length}</p>
`,
      filename: fixture('sveltekit/src/routes/+page.svelte'),
      languageOptions: svelte,
      errors: [
        { messageId: 'clientEnvRead', line: 2, column: 15, endLine: 2, endColumn: 48 },
      ],
    },
    // Nuxt: a component ships; a *.server.vue server component does not.
    {
      code: `<script setup lang="ts">
const res = await fetch('https://api.optimocms.com/v1/sites', { headers: { 'X-Api-Key': process.env.OPTIMOCMS_API_KEY! } });
</script>
<template><p>{{ res.status }}</p></template>
`,
      filename: fixture('nuxt/components/Cms.vue'),
      languageOptions: vue,
      errors: [
        { messageId: 'clientHeader', line: 2, column: 76, endLine: 2, endColumn: 119 },
        { messageId: 'clientEnvRead', line: 2, column: 89, endLine: 2, endColumn: 118 },
      ],
    },
    // Next.js pages router: a helper that both getServerSideProps and the page component use ships with the component.
    {
      code: `function apiKey() {
  return process.env.OPTIMOCMS_API_KEY;
}
export async function getServerSideProps() {
  return { props: { length: apiKey()?.length ?? 0 } };
}
export default function Page() {
  return <p>{apiKey()}</p>;
}`,
      filename: fixture('next/pages/shared.tsx'),
      errors: [
        { messageId: 'clientEnvRead', line: 2, column: 10, endLine: 2, endColumn: 39 },
      ],
    },
  ],
});
