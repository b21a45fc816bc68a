// no-client-side-api-key: a key variable read through one of the framework's public access forms (the model's
// `publicEnv.access`: `$env/static/public`, `$env/dynamic/public`, `astro:env/client`, `useRuntimeConfig().public`,
// `useAppConfig()`, `Constants.expoConfig.extra`) ships to the browser wherever it is read, server files included.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import rule from '../../src/rules/no-client-side-api-key.js';
import { testRule } from '../rule-tester.js';

const frameworks = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/frameworks');
const fixture = (file: string): string => path.join(frameworks, file);

testRule('no-client-side-api-key (public access forms)', rule, {
  valid: [
    // SvelteKit's private modules, in a server load.
    {
      code: "import { OPTIMOCMS_API_KEY } from '$env/static/private';\nimport { env } from '$env/dynamic/private';\nexport async function load() {\n  const res = await fetch('https://api.optimocms.com/v1/sites', { headers: { 'X-Api-Key': OPTIMOCMS_API_KEY || env.OPTIMOCMS_TOKEN! } });\n  return { status: res.status };\n}",
      filename: fixture('sveltekit/src/routes/+page.server.ts'),
    },
    // A public module read for a variable that is no key.
    {
      code: "import { PUBLIC_SITE_ID } from '$env/static/public';\nimport { env } from '$env/dynamic/public';\nexport const optimoSite = [PUBLIC_SITE_ID, env.PUBLIC_OPTIMOCMS_SITE];",
      filename: fixture('sveltekit/src/routes/+page.ts'),
    },
    // Astro's server module in an endpoint.
    {
      code: "import { OPTIMOCMS_API_KEY } from 'astro:env/server';\nexport const GET = () => fetch('https://api.optimocms.com/v1/sites', { headers: { 'X-Api-Key': OPTIMOCMS_API_KEY } });",
      filename: fixture('astro/src/pages/api/sites.ts'),
    },
    // Nuxt: the private runtime config (no `.public`) on the server.
    {
      code: "export default defineEventHandler((event) => {\n  const config = useRuntimeConfig(event);\n  return $fetch('https://api.optimocms.com/v1/sites', { headers: { 'X-Api-Key': config.optimocmsApiKey } });\n});",
      filename: fixture('nuxt/server/api/sites.ts'),
    },
    {
      code: "export default defineEventHandler(() => $fetch('https://api.optimocms.com/v1/sites', { headers: { 'X-Api-Key': useRuntimeConfig().optimocmsApiKey } }));",
      filename: fixture('nuxt/server/api/pages.ts'),
    },
    // Nuxt: a public value that is no key.
    {
      code: "export const optimocmsSite = useRuntimeConfig().public.optimocmsSiteId;",
      filename: fixture('nuxt/composables/site.ts'),
    },
    // Expo: extra values that are no key.
    {
      code: "import Constants from 'expo-constants';\nexport const optimocmsSite = Constants.expoConfig?.extra?.optimocmsSiteId;",
      filename: fixture('expo/app/index.tsx'),
    },
    // Another framework's form is not this project's: `useRuntimeConfig` means nothing in SvelteKit.
    {
      code: "export const optimo = useRuntimeConfig().public.optimocmsApiKey;",
      filename: fixture('sveltekit/src/routes/+page.server.ts'),
    },
  ],
  invalid: [
    // Astro: astro:env/client in a server endpoint still ships.
    {
      code: "import { OPTIMOCMS_API_KEY, PUBLIC_SITE } from 'astro:env/client';\nexport const GET = () => new Response(OPTIMOCMS_API_KEY + PUBLIC_SITE);",
      filename: fixture('astro/src/pages/api/sites.ts'),
      errors: [{ messageId: 'publicAccess', line: 1, column: 10, endLine: 1, endColumn: 27 }],
    },
    // The framework option places a file outside any fixture project.
    {
      code: "import { OPTIMOCMS_TOKEN as token } from 'astro:env/client';\nexport { token };",
      filename: 'src/cms.ts',
      options: [{ framework: 'astro' }],
      errors: [{ messageId: 'publicAccess', line: 1, column: 10, endLine: 1, endColumn: 25 }],
    },
    // SvelteKit: both public modules, in a server load; a prefixed name keeps its prefix message.
    {
      code: "import { OPTIMOCMS_API_KEY, PUBLIC_OPTIMOCMS_KEY } from '$env/static/public';\nimport { env as publicEnv } from '$env/dynamic/public';\nexport const load = () => ({ keys: [OPTIMOCMS_API_KEY, PUBLIC_OPTIMOCMS_KEY, publicEnv.OPTIMOCMS_SECRET] });",
      filename: fixture('sveltekit/src/routes/+page.server.ts'),
      errors: [
        { messageId: 'publicAccess', line: 1, column: 10, endLine: 1, endColumn: 27 },
        { messageId: 'publicEnvKey', line: 1, column: 29, endLine: 1, endColumn: 49 },
        // The load also returns the keys to the page.
        { messageId: 'handoffReturn', line: 3, column: 28, endLine: 3, endColumn: 107 },
        { messageId: 'publicAccess', line: 3, column: 78, endLine: 3, endColumn: 104 },
      ],
    },
    // SvelteKit: a client file reports the public read once, not also as a client read.
    {
      code: "import { OPTIMOCMS_API_KEY } from '$env/static/public';\nexport const key = OPTIMOCMS_API_KEY;",
      filename: fixture('sveltekit/src/routes/+page.ts'),
      errors: [{ messageId: 'publicAccess', line: 1, column: 10, endLine: 1, endColumn: 27 }],
    },
    // Nuxt: runtimeConfig.public, directly, through an alias and destructured; app config; on the server too.
    {
      code: "export default defineEventHandler(() => {\n  const config = useRuntimeConfig();\n  const { optimocmsToken } = useRuntimeConfig().public;\n  return [useRuntimeConfig().public.optimocmsApiKey, config.public.optimocmsSecret, optimocmsToken, useAppConfig().optimocmsKey];\n});",
      filename: fixture('nuxt/server/api/sites.ts'),
      errors: [
        { messageId: 'publicAccess', line: 3, column: 11, endLine: 3, endColumn: 25 },
        { messageId: 'publicAccess', line: 4, column: 11, endLine: 4, endColumn: 52 },
        { messageId: 'publicAccess', line: 4, column: 54, endLine: 4, endColumn: 83 },
        { messageId: 'publicAccess', line: 4, column: 101, endLine: 4, endColumn: 128 },
      ],
    },
    // Expo: the app manifest's extra, with and without optional chaining.
    {
      code: "import Constants from 'expo-constants';\nexport const key = Constants.expoConfig?.extra?.optimocmsApiKey;\nexport const token = Constants.expoConfig.extra.optimocmsToken;",
      filename: fixture('expo/app/index.tsx'),
      errors: [
        { messageId: 'publicAccess', line: 2, column: 20, endLine: 2, endColumn: 64 },
        { messageId: 'publicAccess', line: 3, column: 22, endLine: 3, endColumn: 63 },
      ],
    },
  ],
});
