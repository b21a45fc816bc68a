import { PROCESS_ENV, SCRIPT, buildConfig, staticFolder } from './shared.js';
import type { FrameworkModel } from './types.js';

const APP = '{,src/}app';
const PAGES = '{,src/}pages';

// Framework convention (Next.js docs): https://nextjs.org/docs/app/getting-started/project-structure,
// https://nextjs.org/docs/app/getting-started/server-and-client-components, https://nextjs.org/docs/pages/guides/environment-variables
export const NEXT: FrameworkModel = {
  id: 'next',
  name: 'Next.js',
  docs: [
    'https://nextjs.org/docs/app/getting-started/project-structure',
    'https://nextjs.org/docs/app/getting-started/server-and-client-components',
    'https://nextjs.org/docs/pages/building-your-application/data-fetching/get-server-side-props',
    'https://nextjs.org/docs/app/guides/environment-variables',
    'https://nextjs.org/docs/app/api-reference/config/next-config-js/env',
  ],
  detect: { dependencies: ['next'], configFiles: ['next.config.*'] },
  sourceExtensions: [],
  files: [
    { glob: `${APP}/**/route.${SCRIPT}`, role: 'server', what: 'app-router route handler' },
    { glob: `${APP}/**/{opengraph-image,twitter-image,icon,apple-icon,sitemap,robots,manifest}.${SCRIPT}`, role: 'server', what: 'app-router metadata route' },
    { glob: `${APP}/**/{error,global-error}.${SCRIPT}`, role: 'client', what: 'app-router error boundary (a Client Component by requirement)' },
    {
      glob: `${APP}/**/{page,layout,template,default,loading,not-found,forbidden,unauthorized}.${SCRIPT}`,
      role: 'server',
      what: "app-router Server Component (a Client Component only with 'use client')",
    },
    { glob: `{,src/}{middleware,proxy,instrumentation}.${SCRIPT}`, role: 'server', what: 'middleware / proxy / instrumentation' },
    { glob: `{,src/}instrumentation-client.${SCRIPT}`, role: 'client', what: 'client instrumentation' },
    { glob: `${PAGES}/api/**`, role: 'server', what: 'pages-router API route' },
    { glob: `${PAGES}/_document.${SCRIPT}`, role: 'server', what: 'pages-router custom Document (rendered on the server only)' },
    { glob: `${PAGES}/_app.${SCRIPT}`, role: 'universal', what: 'pages-router custom App' },
    {
      glob: `${PAGES}/**/*.${SCRIPT}`,
      role: 'universal',
      what: 'pages-router page',
      exports: { getServerSideProps: 'server', getStaticProps: 'server', getStaticPaths: 'server', config: 'server', default: 'universal' },
      otherExports: 'universal',
    },
    staticFolder('public'),
    buildConfig('next.config.*'),
  ],
  defaultRole: 'unknown',
  publicEnv: {
    prefixes: [{ prefix: 'NEXT_PUBLIC_' }],
    access: [PROCESS_ENV],
  },
  serverEnv: [PROCESS_ENV],
  inlineSettings: [
    { file: 'next.config.*', setting: 'env', effect: 'values', what: 'every entry is inlined into the browser bundle' },
    { file: 'next.config.*', setting: 'publicRuntimeConfig', effect: 'values', what: 'sent to the browser with every page (pages router)' },
    { file: 'next.config.*', setting: 'compiler.define', effect: 'values', what: 'replaced in client and server code at build time' },
    { file: 'next.config.*', setting: 'webpack', effect: 'values', what: 'a DefinePlugin or EnvironmentPlugin added in webpack() inlines its values' },
  ],
  handoffs: [
    { kind: 'component-props', files: [`${APP}/**`], what: "props a Server Component passes to a 'use client' component are serialized into the page" },
    { kind: 'export-return', files: [`${PAGES}/**`], exports: ['getServerSideProps', 'getStaticProps'], what: 'the returned props are serialized into the page (__NEXT_DATA__)' },
  ],
  clientOutput: [
    { glob: '.next/static/**', what: 'client bundles' },
    { glob: '.next/server/app/**/*.{html,rsc,body,meta}', what: 'prerendered app-router HTML and RSC payloads' },
    { glob: '.next/server/pages/**/*.{html,json}', what: 'prerendered pages-router HTML and props' },
    { glob: 'out/**', what: "static export (output: 'export')" },
  ],
  serverPlace: "a Route Handler (app/api/…/route.ts) or a Server Action ('use server') — in the pages router an API route in pages/api/ — that reads the key from process.env and calls OptimoCMS; the browser code calls that route",
};
