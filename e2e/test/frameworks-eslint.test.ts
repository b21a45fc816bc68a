// configs.recommended of the released @optimocms/eslint-plugin on one fixture project per framework, in
// its real layout, linted by the framework's real ESLint parser and plugin (pinned in
// e2e/frameworks-toolchain/package.json, installed through the suite's registry next to the plugin by
// name). Each project's eslint.config.js is the README's setup for it, character for character. The
// exact set of reports is asserted, so that every server file that must stay silent does.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findKeyTokens } from '@optimocms/secret-scan';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import './support/context.js';
import { LIVE_KEY } from './support/keys.js';
import { run, runOk } from './support/run.js';

/** Fixture files hold this marker where a test key goes (no key sits in the repository). */
const KEY_MARKER = '__LIVE_KEY__';
const FIXTURES = 'e2e/fixtures/frameworks';

const CLIENT = '@optimocms/no-client-side-api-key';
const HARDCODED = '@optimocms/no-hardcoded-api-key';

/** Per project: what configs.recommended must report (`file:line:column rule messageId`), and every file ESLint must lint. */
const PROJECTS: Record<string, { reports: string[]; linted: string[] }> = {
  next: {
    reports: [
      `app/components/preview.tsx:5:15 ${CLIENT} clientConstructor`,
      `app/components/preview.tsx:5:39 ${CLIENT} clientEnvRead`,
      `app/page.tsx:7:59 ${CLIENT} handoffProps`,
      `next.config.mjs:3:10 ${CLIENT} nextConfigEnv`,
      `pages/preview.tsx:2:10 ${CLIENT} handoffReturn`,
    ],
    linted: ['app/api/pages/route.ts', 'app/components/preview.tsx', 'app/page.tsx', 'app/search.tsx', 'eslint.config.js', 'lib/cms.server.ts', 'next.config.mjs', 'pages/api/pages.ts', 'pages/blog.tsx', 'pages/preview.tsx'],
  },
  'vite-react': {
    reports: [
      `src/App.tsx:3:79 ${CLIENT} clientHeader`,
      `src/App.tsx:3:92 ${CLIENT} clientEnvRead`,
      `src/components/Pages.jsx:2:23 ${CLIENT} publicEnvKey`,
      `vite.config.ts:6:13 ${CLIENT} inlineSetting`,
    ],
    linted: ['api/pages.ts', 'eslint.config.js', 'src/App.tsx', 'src/components/Pages.jsx', 'src/main.tsx', 'vite.config.ts'],
  },
  'react-router': {
    reports: [`app/routes/pages.tsx:10:67 ${CLIENT} clientHeader`, `app/routes/pages.tsx:10:80 ${CLIENT} clientEnvRead`, `app/routes/preview.tsx:2:10 ${CLIENT} handoffReturn`],
    linted: ['app/lib/cms.server.ts', 'app/root.tsx', 'app/routes/pages.tsx', 'app/routes/preview.tsx', 'eslint.config.js', 'react-router.config.ts'],
  },
  sveltekit: {
    reports: [
      `src/routes/+page.svelte:3:15 ${CLIENT} clientEnvRead`,
      `src/routes/+page.svelte:6:14 ${HARDCODED} hardcodedKey`,
      `src/routes/+page.ts:4:99 ${CLIENT} clientHeader`,
      `src/routes/+page.ts:4:112 ${CLIENT} publicEnvKey`,
      `src/routes/preview/+page.server.ts:3:34 ${CLIENT} handoffReturn`,
    ],
    linted: [
      'eslint.config.js',
      'src/lib/server/cms.ts',
      'src/routes/+page.server.ts',
      'src/routes/+page.svelte',
      'src/routes/+page.ts',
      'src/routes/api/pages/+server.ts',
      'src/routes/preview/+page.server.ts',
      'svelte.config.js',
    ],
  },
  nuxt: {
    reports: [
      `app/components/PreviewCard.vue:2:13 ${CLIENT} clientEnvRead`,
      `app/components/PreviewCard.vue:6:43 ${HARDCODED} hardcodedKey`,
      `app/composables/useCms.ts:1:86 ${CLIENT} clientHeader`,
      `app/composables/useCms.ts:1:99 ${CLIENT} clientEnvRead`,
      `app/plugins/cms.client.ts:3:58 ${CLIENT} clientConstructor`,
      `app/plugins/cms.client.ts:3:82 ${CLIENT} clientEnvRead`,
      `nuxt.config.ts:4:33 ${CLIENT} inlineSetting`,
    ],
    linted: ['app/components/PagesList.server.vue', 'app/components/PreviewCard.vue', 'app/composables/useCms.ts', 'app/plugins/cms.client.ts', 'eslint.config.js', 'nuxt.config.ts', 'server/api/pages.ts'],
  },
  astro: {
    reports: [
      `astro.config.mjs:8:7 ${CLIENT} inlineSetting`,
      `src/pages/index.astro:8:62 ${CLIENT} islandProps`,
      `src/pages/index.astro:9:14 ${HARDCODED} hardcodedKey`,
      // The <script> tag, through eslint-plugin-astro's client-side processor.
      `src/pages/index.astro:12:78 ${CLIENT} clientHeader`,
      `src/pages/index.astro:12:91 ${CLIENT} clientEnvRead`,
    ],
    linted: ['astro.config.mjs', 'eslint.config.js', 'src/components/Search.tsx', 'src/pages/about.astro', 'src/pages/api/pages.ts', 'src/pages/index.astro'],
  },
  expo: {
    reports: [
      `app.config.ts:3:12 ${CLIENT} inlineSetting`,
      `app/index.tsx:4:17 ${CLIENT} publicEnvKey`,
      `components/Pages.tsx:3:20 ${CLIENT} clientConstructor`,
      `components/Pages.tsx:3:44 ${CLIENT} clientEnvRead`,
    ],
    linted: ['app.config.ts', 'app/api/pages+api.ts', 'app/index.tsx', 'components/Pages.tsx', 'eslint.config.js'],
  },
  angular: {
    reports: [
      `src/app/app.component.html:2:25 ${HARDCODED} hardcodedKey`,
      `src/app/cms.service.ts:7:18 ${CLIENT} clientConstructor`,
      `src/environments/environment.ts:1:67 ${HARDCODED} hardcodedKey`,
    ],
    linted: ['eslint.config.js', 'src/app/app.component.html', 'src/app/app.component.ts', 'src/app/cms.service.ts', 'src/environments/environment.ts', 'src/server.ts'],
  },
  gatsby: {
    reports: [`gatsby-node.js:3:32 ${CLIENT} inlineSetting`, `src/components/Banner.tsx:2:14 ${CLIENT} publicEnvKey`, `src/pages/index.tsx:2:10 ${CLIENT} handoffReturn`],
    linted: ['eslint.config.js', 'gatsby-config.ts', 'gatsby-node.js', 'src/api/pages.ts', 'src/components/Banner.tsx', 'src/pages/index.tsx'],
  },
  express: {
    // src/client/ is the server's HTTP client; public/ is served to browsers as is.
    reports: [`public/app.js:2:58 ${CLIENT} clientHeader`],
    linted: ['eslint.config.js', 'public/app.js', 'src/client/cms.ts', 'src/server.ts'],
  },
  nest: { reports: [], linted: ['eslint.config.js', 'src/cms/cms.client.ts', 'src/main.ts'] },
  worker: { reports: [], linted: ['eslint.config.js', 'src/index.ts'] },
  'vite-vue': {
    reports: [
      `src/App.vue:5:77 ${CLIENT} clientHeader`,
      `src/App.vue:5:90 ${CLIENT} clientEnvRead`,
      `src/components/PagesList.vue:2:13 ${CLIENT} publicEnvKey`,
      `src/components/PagesList.vue:6:42 ${HARDCODED} hardcodedKey`,
    ],
    linted: ['api/pages.ts', 'eslint.config.js', 'src/App.vue', 'src/components/PagesList.vue', 'src/main.ts', 'vite.config.ts'],
  },
  'vite-svelte': {
    reports: [
      `src/App.svelte:4:15 ${CLIENT} clientEnvRead`,
      `src/App.svelte:7:17 ${HARDCODED} hardcodedKey`,
      `src/lib/cms.ts:1:103 ${CLIENT} clientHeader`,
      `src/lib/cms.ts:1:126 ${CLIENT} publicEnvKey`,
    ],
    linted: ['api/pages.ts', 'eslint.config.js', 'src/App.svelte', 'src/lib/Pages.svelte', 'src/lib/cms.ts', 'src/main.ts', 'svelte.config.js', 'vite.config.ts'],
  },
  'angular-ngx-env': {
    // @ngx-env/builder inlines NG_APP_ variables; src/server.ts (SSR) and src/env.d.ts stay silent.
    reports: [`src/app/cms.service.ts:7:109 ${CLIENT} clientHeader`, `src/app/cms.service.ts:7:122 ${CLIENT} publicEnvKey`],
    linted: ['eslint.config.js', 'src/app/app.component.ts', 'src/app/cms.service.ts', 'src/env.d.ts', 'src/index.html', 'src/main.ts', 'src/server.ts'],
  },
  fastify: {
    // public/ is served as is by @fastify/static; src/routes/ is server code.
    reports: [`public/app.js:2:14 ${HARDCODED} hardcodedKey`, `public/app.js:3:58 ${CLIENT} clientHeader`],
    linted: ['eslint.config.js', 'public/app.js', 'src/routes/pages.ts', 'src/server.ts'],
  },
  deno: {
    // deno.json, no package.json; public/ is served as is by serveDir (the README's table: public/ ships for Deno too).
    reports: [`public/app.js:2:14 ${HARDCODED} hardcodedKey`, `public/app.js:3:58 ${CLIENT} clientHeader`],
    linted: ['eslint.config.js', 'main.ts', 'public/app.js', 'routes/pages.ts'],
  },
  bun: {
    // src/frontend.tsx is loaded by the HTML import (browser); src/index.ts is the Bun.serve server.
    reports: [`src/frontend.tsx:4:90 ${CLIENT} publicEnvKey`],
    linted: ['eslint.config.js', 'src/frontend.tsx', 'src/index.ts'],
  },
  typescript: {
    reports: [`src/Banner.tsx:1:39 ${HARDCODED} hardcodedKey`, `src/cms.ts:1:32 ${HARDCODED} hardcodedKey`, `src/legacy.jsx:1:34 ${HARDCODED} hardcodedKey`],
    linted: ['eslint.config.js', 'src/Banner.tsx', 'src/cms.ts', 'src/legacy.jsx'],
  },
  mdx: {
    // A code block (through eslint-plugin-mdx's processor) and a JSX attribute.
    reports: [`docs/setup.mdx:8:37 ${HARDCODED} hardcodedKey`, `docs/setup.mdx:11:15 ${HARDCODED} hardcodedKey`],
    linted: ['docs/setup.mdx', 'eslint.config.js'],
  },
};

let scratch: string;
let toolchain: string;

beforeAll(() => {
  const { registry, repoRoot, versions } = inject('e2e');
  scratch = mkdtempSync(path.join(tmpdir(), 'optimocms-e2e-frameworks-'));
  toolchain = path.join(scratch, 'toolchain');
  runOk('mkdir', ['-p', toolchain], { cwd: scratch });
  cpSync(path.join(repoRoot, 'e2e/frameworks-toolchain/package.json'), path.join(toolchain, 'package.json'));
  const npmrc = path.join(scratch, '.npmrc');
  writeFileSync(npmrc, registry.npmrc);
  const plugin = `@optimocms/eslint-plugin@${versions['@optimocms/eslint-plugin']}`;
  runOk('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', plugin], { cwd: toolchain, env: { npm_config_registry: registry.url, npm_config_userconfig: npmrc } });
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of a fixture project with the test key in place of the marker, linked to the toolchain. */
function project(name: string): string {
  const dir = path.join(scratch, name);
  cpSync(path.join(inject('e2e').repoRoot, FIXTURES, name), dir, { recursive: true });
  const withKey = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) withKey(file);
      else writeFileSync(file, readFileSync(file, 'utf8').replaceAll(KEY_MARKER, LIVE_KEY));
    }
  };
  withKey(dir);
  symlinkSync(path.join(toolchain, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

/** The README's `js` blocks that are a whole eslint.config.js. */
function readmeSetups(): string[] {
  const readme = readFileSync(path.join(inject('e2e').repoRoot, 'packages/eslint-plugin/README.md'), 'utf8');
  return [...readme.matchAll(/```js\n(\/\/ eslint\.config\.js[\s\S]*?)```/g)].map((match) => match[1] as string);
}

interface LintResult {
  /** `file:line:column rule messageId`, `fatal` for a parse error. */
  reports: string[];
  messages: string[];
  linted: string[];
  status: number | null;
}

/** ESLint's JSON report on a project, with the toolchain's ESLint. */
function lint(dir: string): LintResult {
  const result = run(path.join(toolchain, 'node_modules/.bin/eslint'), ['--format', 'json', '.'], { cwd: dir });
  expect(result.stderr).toBe('');
  const files = JSON.parse(result.stdout) as { filePath: string; messages: { ruleId: string | null; messageId?: string; line: number; column: number; message: string }[] }[];
  const messages = files.flatMap((file) => file.messages.map((message) => ({ ...message, file: path.relative(dir, file.filePath) })));
  return {
    reports: messages.map((message) => `${message.file}:${message.line}:${message.column} ${message.ruleId ?? 'fatal'} ${message.messageId ?? message.message}`),
    messages: messages.map((message) => message.message),
    linted: files.map((file) => path.relative(dir, file.filePath)).sort(),
    status: result.status,
  };
}

/** By file, then line, then column. */
function compareReports(a: string, b: string): number {
  const place = (report: string): [string, number, number] => {
    const [file = '', line = '0', column = '0'] = (report.split(' ')[0] ?? '').split(':');
    return [file, Number(line), Number(column)];
  };
  const [fileA, lineA, columnA] = place(a);
  const [fileB, lineB, columnB] = place(b);
  return fileA.localeCompare(fileB) || lineA - lineB || columnA - columnB;
}

describe.each(Object.entries(PROJECTS))('%s', (name, expected) => {
  let result: LintResult;
  beforeAll(() => {
    result = lint(project(name));
  });

  it('uses the README setup as pasted', () => {
    const config = readFileSync(path.join(inject('e2e').repoRoot, FIXTURES, name, 'eslint.config.js'), 'utf8');
    expect(readmeSetups()).toContain(config);
  });

  it('lints every source file, component formats included', () => {
    expect(result.linted).toEqual(expected.linted);
  });

  it('reports exactly the expected findings, nothing on server code, no parse error', () => {
    // The frameworks' own rules (eslint-plugin-vue's style rules) may report too: only ours and parse errors count.
    const ours = result.reports.filter((report) => report.includes(' @optimocms/') || report.includes(' fatal '));
    expect(ours.sort(compareReports)).toEqual(expected.reports);
    expect(result.status).toBe(expected.reports.length > 0 ? 1 : 0);
  });

  it('never prints a whole key', () => {
    for (const message of result.messages) expect(findKeyTokens(message)).toEqual([]);
  });
});
