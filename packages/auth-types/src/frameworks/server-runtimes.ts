import { IMPORT_META_ENV, PROCESS_ENV } from './shared.js';
import type { FrameworkModel } from './types.js';

const ALREADY_SERVER = 'this is already server code: read the key from the environment (never a literal) and keep it out of responses';

// Framework convention (Express docs): https://expressjs.com/en/starter/static-files.html; Fastify, NestJS: Node.js servers.
export const NODE_SERVER: FrameworkModel = {
  id: 'node-server',
  name: 'Node.js server (Express, Fastify, NestJS, Koa, Hono)',
  docs: ['https://expressjs.com/en/starter/static-files.html', 'https://fastify.dev/docs/latest/', 'https://docs.nestjs.com/techniques/configuration', 'https://nodejs.org/api/process.html#processenv'],
  detect: { dependencies: ['express', 'fastify', '@nestjs/core', 'koa', '@hapi/hapi', 'hono'], configFiles: ['nest-cli.json'] },
  sourceExtensions: [],
  // `src/client/` and `*.client.ts` are server code here (an HTTP client, a NestJS client module): no client rule.
  files: [{ glob: 'public/**', role: 'client', what: 'static file served as is (express.static)' }],
  defaultRole: 'server',
  publicEnv: { prefixes: [], access: [] },
  serverEnv: [PROCESS_ENV],
  inlineSettings: [],
  handoffs: [],
  clientOutput: [],
  serverPlace: ALREADY_SERVER,
};

// Framework convention (Cloudflare Workers docs): https://developers.cloudflare.com/workers/configuration/environment-variables/,
// https://developers.cloudflare.com/workers/configuration/secrets/, https://developers.cloudflare.com/workers/static-assets/
export const CLOUDFLARE_WORKERS: FrameworkModel = {
  id: 'cloudflare-workers',
  name: 'Cloudflare Workers',
  docs: [
    'https://developers.cloudflare.com/workers/configuration/environment-variables/',
    'https://developers.cloudflare.com/workers/configuration/secrets/',
    'https://developers.cloudflare.com/workers/runtime-apis/bindings/',
    'https://developers.cloudflare.com/workers/static-assets/',
  ],
  detect: { dependencies: ['wrangler', '@cloudflare/workers-types'], configFiles: ['wrangler.{toml,json,jsonc}'] },
  sourceExtensions: [],
  files: [{ glob: 'public/**', role: 'client', what: 'static asset (assets.directory)' }],
  defaultRole: 'server',
  publicEnv: { prefixes: [], access: [] },
  serverEnv: [
    { kind: 'parameter', name: 'env', example: 'fetch(request, env) { env.NAME }' },
    { kind: 'import', module: 'cloudflare:workers', binding: 'env', example: "import { env } from 'cloudflare:workers'; env.NAME" },
    PROCESS_ENV,
  ],
  inlineSettings: [],
  handoffs: [],
  clientOutput: [{ glob: 'public/**', what: 'static assets' }],
  serverPlace: `${ALREADY_SERVER} (a secret set with wrangler secret put, read from the env binding)`,
  secretEnvFiles: ['.dev.vars', '.dev.vars.*'],
};

// Framework convention (Deno docs): https://docs.deno.com/runtime/reference/env_variables/
export const DENO: FrameworkModel = {
  id: 'deno',
  name: 'Deno',
  docs: ['https://docs.deno.com/runtime/reference/env_variables/', 'https://docs.deno.com/runtime/fundamentals/configuration/', 'https://jsr.io/@std/http/doc/file-server'],
  detect: { dependencies: [], configFiles: ['deno.{json,jsonc}'] },
  sourceExtensions: [],
  // As in Node servers: the static folder is served as is (@std/http serveDir({ fsRoot: 'public' })).
  files: [{ glob: 'public/**', role: 'client', what: 'static file served as is (serveDir)' }],
  defaultRole: 'server',
  publicEnv: { prefixes: [], access: [] },
  serverEnv: [{ kind: 'call', callee: 'Deno.env.get', example: "Deno.env.get('NAME')" }, PROCESS_ENV],
  inlineSettings: [],
  handoffs: [],
  clientOutput: [],
  serverPlace: ALREADY_SERVER,
};

// Framework convention (Bun docs): https://bun.com/docs/runtime/environment-variables, https://bun.com/docs/bundler/fullstack
export const BUN: FrameworkModel = {
  id: 'bun',
  name: 'Bun',
  docs: ['https://bun.com/docs/runtime/environment-variables', 'https://bun.com/docs/bundler/fullstack', 'https://bun.com/docs/bundler#env'],
  detect: { dependencies: ['@types/bun', 'bun-types'], configFiles: ['bunfig.toml'] },
  sourceExtensions: [],
  files: [{ glob: '**/*.html', role: 'client', what: 'HTML import (Bun bundles its scripts for the browser)' }],
  // Scripts an HTML import loads are browser code; others are server code: only the importer knows.
  defaultRole: 'unknown',
  publicEnv: { prefixes: [{ prefix: 'BUN_PUBLIC_' }], access: [PROCESS_ENV, IMPORT_META_ENV] },
  serverEnv: [{ kind: 'member', object: 'Bun.env', example: 'Bun.env.NAME' }, PROCESS_ENV, IMPORT_META_ENV],
  inlineSettings: [
    { file: 'bunfig.toml', setting: 'serve.static.env', effect: 'prefix', what: 'variables matching this pattern are inlined into browser bundles' },
    { file: 'bunfig.toml', setting: 'define', effect: 'values', what: 'replaced in bundled code at build time' },
  ],
  handoffs: [],
  clientOutput: [],
  serverPlace: 'a route of your Bun.serve() server that reads the key from Bun.env and calls OptimoCMS; the browser code calls that route',
};
