import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ENV_ACCESS_FORMS,
  FRAMEWORKS,
  FRAMEWORK_IDS,
  FRAMEWORK_MODELS,
  PUBLIC_ENV_PREFIXES,
  SERVER_PATH_MARKERS,
  classifyModulePath,
  clientOutputOf,
  exportRole,
  exportRoles,
  fileRuleFor,
  frameworkFromManifest,
  frameworksUsingPrefix,
  isFrameworkId,
  isServerOnlyPath,
  matchesModelGlob,
  publicEnvPrefixesOf,
  shipsToBrowser,
  type FrameworkId,
  type ModuleRole,
} from '../src/index.js';

const deps = (...names: string[]) => ({ dependencies: Object.fromEntries(names.map((name) => [name, '*'])) });

describe('frameworkFromManifest', () => {
  it.each<[string, object | undefined, string[], FrameworkId[]]>([
    ['Next.js', deps('next', 'react'), [], ['next']],
    ['Next.js by its config alone', {}, ['next.config.mjs'], ['next']],
    ['Nuxt (no Vite listed)', deps('nuxt', 'vue'), ['nuxt.config.ts', 'app.config.ts'], ['nuxt']],
    ['SvelteKit before Vite', { devDependencies: { '@sveltejs/kit': '*', vite: '*' } }, ['svelte.config.js', 'vite.config.ts'], ['sveltekit', 'vite']],
    ['a Vite + Svelte SPA is not SvelteKit', { devDependencies: { svelte: '*', vite: '*' } }, ['svelte.config.js'], ['vite']],
    ['Astro', deps('astro'), ['astro.config.mjs'], ['astro']],
    ['React Router 7 framework mode before Vite', { devDependencies: { '@react-router/dev': '*', vite: '*' } }, ['react-router.config.ts'], ['react-router', 'vite']],
    ['Remix', deps('@remix-run/react', '@remix-run/node'), [], ['react-router']],
    ['react-router alone is a Vite SPA router', { dependencies: { 'react-router': '*' }, devDependencies: { vite: '*' } }, [], ['vite']],
    ['Gatsby', deps('gatsby'), ['gatsby-config.ts'], ['gatsby']],
    ['Expo', deps('expo', 'react-native'), ['app.json'], ['expo']],
    ['Angular', deps('@angular/core'), ['angular.json'], ['angular']],
    ['Express', deps('express'), [], ['node-server']],
    ['NestJS', deps('@nestjs/core'), ['nest-cli.json'], ['node-server']],
    ['Next.js with a custom Express server', deps('next', 'express'), [], ['next', 'node-server']],
    ['a Worker', { devDependencies: { wrangler: '*' } }, ['wrangler.jsonc'], ['cloudflare-workers']],
    ['Deno without package.json', undefined, ['deno.json'], ['deno']],
    ['Bun', { devDependencies: { '@types/bun': '*' } }, [], ['bun']],
    ['a library', deps('zod'), ['tsconfig.json'], []],
  ])('%s', (_name, manifest, files, expected) => {
    expect(frameworkFromManifest(manifest, files)).toEqual(expected);
  });

  it('ignores dependency fields that are not objects', () => {
    expect(frameworkFromManifest({ dependencies: 'next', devDependencies: ['next'] })).toEqual([]);
    expect(frameworkFromManifest(null)).toEqual([]);
  });
});

type Case = [FrameworkId | undefined, string, ModuleRole];

describe('classifyModulePath', () => {
  it.each<Case>([
    // Next.js app router: entries are Server Components; route handlers server; error boundaries client.
    ['next', 'app/page.tsx', 'server'],
    ['next', 'src/app/dashboard/layout.tsx', 'server'],
    ['next', 'app/api/cms/route.ts', 'server'],
    ['next', 'app/error.tsx', 'client'],
    ['next', 'app/_components/Widget.tsx', 'unknown'],
    ['next', 'middleware.ts', 'server'],
    ['next', 'instrumentation-client.ts', 'client'],
    // pages router: a page is mixed; API routes and _document are server.
    ['next', 'pages/index.tsx', 'universal'],
    ['next', 'src/pages/blog/[slug].tsx', 'universal'],
    ['next', 'pages/api/cms.ts', 'server'],
    ['next', 'pages/_document.tsx', 'server'],
    ['next', 'public/config.js', 'client'],
    ['next', 'next.config.mjs', 'server'],
    // Vite SPA: everything under src/ ships.
    ['vite', 'src/main.tsx', 'client'],
    ['vite', 'src/lib/cms.ts', 'client'],
    ['vite', 'src/App.vue', 'client'],
    ['vite', 'index.html', 'client'],
    ['vite', 'vite.config.ts', 'server'],
    ['vite', 'server/index.ts', 'unknown'],
    // React Router 7 / Remix.
    ['react-router', 'app/routes/home.tsx', 'universal'],
    ['react-router', 'app/root.tsx', 'universal'],
    ['react-router', 'app/entry.server.tsx', 'server'],
    ['react-router', 'app/entry.client.tsx', 'client'],
    ['react-router', 'app/utils/vibrate.client.ts', 'client'],
    ['react-router', 'app/.client/analytics.ts', 'client'],
    ['react-router', 'app/models/cms.server.ts', 'server'],
    ['react-router', 'app/.server/cms.ts', 'server'],
    // SvelteKit.
    ['sveltekit', 'src/routes/+page.svelte', 'universal'],
    ['sveltekit', 'src/routes/blog/+page.ts', 'universal'],
    ['sveltekit', 'src/routes/+layout.js', 'universal'],
    ['sveltekit', 'src/routes/blog/+page.server.ts', 'server'],
    ['sveltekit', 'src/routes/api/cms/+server.ts', 'server'],
    ['sveltekit', 'src/lib/server/cms.ts', 'server'],
    ['sveltekit', 'src/lib/Widget.svelte', 'universal'],
    ['sveltekit', 'src/hooks.server.ts', 'server'],
    ['sveltekit', 'src/hooks.client.ts', 'client'],
    ['sveltekit', 'src/lib/cms.ts', 'unknown'],
    // Nuxt 3 and 4 layouts; .server.vue components are server components.
    ['nuxt', 'components/Widget.vue', 'universal'],
    ['nuxt', 'app/components/Widget.vue', 'universal'],
    ['nuxt', 'pages/index.vue', 'universal'],
    ['nuxt', 'composables/useCms.ts', 'universal'],
    ['nuxt', 'plugins/cms.ts', 'universal'],
    ['nuxt', 'plugins/analytics.client.ts', 'client'],
    ['nuxt', 'components/Chart.client.vue', 'client'],
    ['nuxt', 'components/Cms.server.vue', 'server'],
    ['nuxt', 'server/api/cms.get.ts', 'server'],
    ['nuxt', 'app.config.ts', 'universal'],
    // Astro.
    ['astro', 'src/pages/index.astro', 'server'],
    ['astro', 'src/components/Card.astro', 'server'],
    ['astro', 'src/pages/api/cms.ts', 'server'],
    ['astro', 'src/components/Counter.tsx', 'unknown'],
    ['astro', 'src/middleware.ts', 'server'],
    // Expo.
    ['expo', 'app/(tabs)/index.tsx', 'client'],
    ['expo', 'components/Feed.tsx', 'client'],
    ['expo', 'App.tsx', 'client'],
    ['expo', 'app/api/cms+api.ts', 'server'],
    ['expo', 'app.config.ts', 'server'],
    ['expo', 'scripts/reset-project.js', 'unknown'],
    // Angular.
    ['angular', 'src/app/cms.service.ts', 'client'],
    ['angular', 'src/environments/environment.prod.ts', 'client'],
    ['angular', 'src/main.ts', 'client'],
    ['angular', 'src/main.server.ts', 'server'],
    ['angular', 'src/server.ts', 'server'],
    ['angular', 'src/app/app.config.server.ts', 'server'],
    // Gatsby.
    ['gatsby', 'gatsby-browser.js', 'client'],
    ['gatsby', 'gatsby-node.ts', 'server'],
    ['gatsby', 'gatsby-ssr.tsx', 'server'],
    ['gatsby', 'src/pages/index.tsx', 'universal'],
    ['gatsby', 'src/api/cms.ts', 'server'],
    // Server runtimes: the false positives of the old default globs are server code.
    ['node-server', 'src/client/optimocms.ts', 'server'],
    ['node-server', 'src/cms/cms.client.ts', 'server'],
    ['node-server', 'public/app.js', 'client'],
    ['cloudflare-workers', 'src/index.ts', 'server'],
    ['deno', 'main.ts', 'server'],
    ['deno', 'public/app.js', 'client'],
    // No framework: only the universal markers and Vue/Svelte components.
    [undefined, 'src/client/api.ts', 'unknown'],
    [undefined, 'src/api.client.ts', 'unknown'],
    [undefined, 'src/Widget.vue', 'universal'],
    [undefined, 'src/db.server.ts', 'server'],
  ])('%s: %s is %s', (framework, file, role) => {
    expect(classifyModulePath(framework, file)).toBe(role);
  });

  it('accepts backslashes and a leading ./', () => {
    expect(classifyModulePath('sveltekit', 'src\\routes\\+page.server.ts')).toBe('server');
    expect(classifyModulePath('vite', './src/main.ts')).toBe('client');
  });

  it('names the rule that decided', () => {
    expect(fileRuleFor('next', 'app/api/x/route.ts')?.what).toBe('app-router route handler');
    expect(fileRuleFor('next', 'lib/x.ts')).toBeUndefined();
  });
});

describe('export roles of mixed files', () => {
  it('Next.js pages router: data functions on the server, the component in the browser', () => {
    expect(exportRole('next', 'pages/index.tsx', 'getServerSideProps')).toBe('server');
    expect(exportRole('next', 'pages/index.tsx', 'getStaticProps')).toBe('server');
    expect(exportRole('next', 'pages/index.tsx', 'default')).toBe('universal');
    expect(exportRole('next', 'pages/index.tsx', 'helper')).toBe('universal');
  });

  it('React Router / Remix route modules: loader and action on the server, client* in the browser', () => {
    const route = 'app/routes/posts.$id.tsx';
    expect(exportRole('react-router', route, 'loader')).toBe('server');
    expect(exportRole('react-router', route, 'action')).toBe('server');
    expect(exportRole('react-router', route, 'clientLoader')).toBe('client');
    expect(exportRole('react-router', route, 'default')).toBe('universal');
    expect(exportRole('react-router', route, 'meta')).toBe('universal');
  });

  it('Gatsby getServerData on the server', () => {
    expect(exportRole('gatsby', 'src/pages/index.tsx', 'getServerData')).toBe('server');
  });

  it('a file that is not mixed has no export roles; every export has the file role', () => {
    expect(exportRoles('next', 'app/page.tsx')).toBeUndefined();
    expect(exportRole('vite', 'src/cms.ts', 'loader')).toBe('client');
    expect(exportRole('next', 'lib/x.ts', 'default')).toBe('unknown');
  });

  it('Astro components: frontmatter on the server, <script> in the browser', () => {
    expect(fileRuleFor('astro', 'src/pages/index.astro')?.blocks).toEqual({ frontmatter: 'server', template: 'server', script: 'client' });
  });

  it('ships to the browser: client and universal', () => {
    expect((['client', 'universal', 'server', 'unknown'] as const).map(shipsToBrowser)).toEqual([true, true, false, false]);
  });
});

describe('public env', () => {
  it.each<[FrameworkId, string[]]>([
    ['next', ['NEXT_PUBLIC_']],
    ['vite', ['VITE_']],
    ['sveltekit', ['PUBLIC_', 'VITE_']],
    ['astro', ['PUBLIC_']],
    ['nuxt', ['NUXT_PUBLIC_']],
    ['expo', ['EXPO_PUBLIC_']],
    ['gatsby', ['GATSBY_']],
    ['angular', ['NG_APP_']],
    ['bun', ['BUN_PUBLIC_']],
    ['node-server', []],
  ])('%s inlines %j', (framework, prefixes) => {
    expect(publicEnvPrefixesOf(framework)).toEqual(prefixes);
  });

  it('NG_APP_ is public only with @ngx-env/builder', () => {
    expect(publicEnvPrefixesOf('angular', new Set(['@angular/core']))).toEqual([]);
    expect(publicEnvPrefixesOf('angular', new Set(['@angular/core', '@ngx-env/builder']))).toEqual(['NG_APP_']);
  });

  it('every prefix of the model is a browser-public prefix', () => {
    const known = new Set<string>(PUBLIC_ENV_PREFIXES.map(({ prefix }) => prefix));
    for (const model of FRAMEWORK_MODELS) for (const { prefix } of model.publicEnv.prefixes) expect(known).toContain(prefix);
    expect(frameworksUsingPrefix('PUBLIC_')).toEqual(['sveltekit', 'astro']);
  });

  it('names the public access forms the issue lists', () => {
    const forms = FRAMEWORK_MODELS.flatMap(({ publicEnv }) => publicEnv.access.map((form) => form.example));
    for (const expected of ['import.meta.env.NAME', "import { NAME } from '$env/static/public'", 'useRuntimeConfig().public.NAME', "import { NAME } from 'astro:env/client'", 'Constants.expoConfig.extra.NAME']) {
      expect(forms).toContain(expected);
    }
    const server = FRAMEWORK_MODELS.flatMap(({ serverEnv }) => serverEnv.map((form) => form.example));
    for (const expected of ['process.env.NAME', "import { NAME } from '$env/static/private'", "Deno.env.get('NAME')", 'Bun.env.NAME', 'fetch(request, env) { env.NAME }']) {
      expect(server).toContain(expected);
    }
  });
});

describe('env access forms', () => {
  it('lists every form once, for tools that find the variables code reads', () => {
    const examples = ENV_ACCESS_FORMS.map(({ example }) => example);
    expect(new Set(examples).size).toBe(examples.length);
    expect(ENV_ACCESS_FORMS).toContainEqual({ kind: 'import', module: '$env/static/private', example: "import { NAME } from '$env/static/private'" });
    expect(ENV_ACCESS_FORMS).toContainEqual({ kind: 'parameter', name: 'env', example: 'fetch(request, env) { env.NAME }' });
    expect(ENV_ACCESS_FORMS).toContainEqual({ kind: 'call', callee: 'Deno.env.get', example: "Deno.env.get('NAME')" });
  });
});

describe('build settings and output', () => {
  it('lists the settings that inline values into client bundles', () => {
    const settings = (id: FrameworkId) => FRAMEWORKS[id].inlineSettings.map(({ setting }) => setting);
    expect(settings('next')).toEqual(expect.arrayContaining(['env', 'webpack']));
    expect(settings('vite')).toEqual(['define', 'envPrefix']);
    expect(settings('nuxt')).toContain('runtimeConfig.public');
    expect(settings('expo')).toContain('extra');
    expect(settings('astro')[0]).toMatch(/context: 'client'/);
  });

  it.each<[FrameworkId, string, boolean]>([
    ['next', '.next/static/chunks/app/page-1a2b.js', true],
    ['next', '.next/server/app/index.html', true],
    ['next', '.next/server/app/index.rsc', true],
    ['next', '.next/server/pages/about.html', true],
    ['next', '.next/server/chunks/123.js', false],
    ['vite', 'dist/assets/index-1a2b.js', true],
    ['react-router', 'build/client/assets/root-1a2b.js', true],
    ['react-router', 'build/server/index.js', false],
    ['sveltekit', '.svelte-kit/output/client/_app/immutable/entry/app.js', true],
    ['sveltekit', '.svelte-kit/output/prerendered/pages/index.html', true],
    ['sveltekit', '.svelte-kit/output/server/index.js', false],
    ['nuxt', '.output/public/_nuxt/entry.js', true],
    ['nuxt', '.output/server/index.mjs', false],
    ['astro', 'dist/index.html', true],
    ['astro', 'dist/client/_astro/Counter.js', true],
    ['astro', 'dist/server/entry.mjs', false],
    ['expo', 'dist/_expo/static/js/web/entry.js', true],
    ['angular', 'dist/my-app/browser/main-1a2b.js', true],
    ['angular', 'dist/my-app/server/server.mjs', false],
    ['gatsby', 'public/app-1a2b.js', true],
  ])('%s: %s served to browsers: %s', (framework, file, served) => {
    expect(clientOutputOf(framework, file) !== undefined).toBe(served);
  });

  it('gives every framework a place for the key', () => {
    for (const model of FRAMEWORK_MODELS) expect(model.serverPlace.length).toBeGreaterThan(20);
    expect(FRAMEWORKS.sveltekit.serverPlace).toMatch(/\+page\.server\.ts/);
    expect(FRAMEWORKS.nuxt.serverPlace).toMatch(/server\/api\//);
  });
});

describe('the model as data', () => {
  it('has one model per id, in precedence order', () => {
    expect(FRAMEWORK_MODELS.map(({ id }) => id)).toEqual([...FRAMEWORK_IDS]);
    expect(isFrameworkId('nuxt')).toBe(true);
    expect(isFrameworkId('ember')).toBe(false);
  });

  it('path aliases the frameworks generate: SvelteKit $lib, Nuxt srcDir (app/ first), rootDir and #shared', () => {
    const aliases = (id: FrameworkId) => Object.fromEntries((FRAMEWORKS[id].pathAliases ?? []).map(({ alias, targets }) => [alias, targets]));
    expect(aliases('sveltekit')).toEqual({ $lib: ['src/lib'] });
    expect(aliases('nuxt')).toEqual({ '~': ['app', '.'], '@': ['app', '.'], '~~': ['.'], '@@': ['.'], '#shared': ['shared'] });
    for (const model of FRAMEWORK_MODELS) {
      for (const { alias, targets, what } of model.pathAliases ?? []) {
        expect(alias).not.toMatch(/[*/]/);
        expect(what.length).toBeGreaterThan(0);
        for (const target of targets) expect(target).toMatch(/^(?:\.|[a-z][\w/-]*)$/);
      }
    }
  });

  it('cites documentation for every framework', () => {
    for (const model of FRAMEWORK_MODELS) {
      expect(model.docs.length).toBeGreaterThan(0);
      for (const url of model.docs) expect(url).toMatch(/^https:\/\//);
    }
  });

  it('the path markers agree with isServerOnlyPath', () => {
    for (const file of ['a/b.server.ts', 'components/X.server.vue', 'app/.server/db.ts', 'src/lib/server/db.ts', 'src/a.ts', 'src/server/db.ts', 'src/serverless.ts']) {
      expect(SERVER_PATH_MARKERS.some(({ glob }) => matchesModelGlob(glob, file))).toBe(isServerOnlyPath(file));
    }
  });

  it('compiles the glob subset: **, *, ?, {a,b}, dotfiles', () => {
    expect(matchesModelGlob('{,src/}app/**/route.{js,ts}', 'app/route.ts')).toBe(true);
    expect(matchesModelGlob('{,src/}app/**/route.{js,ts}', 'src/app/a/b/route.js')).toBe(true);
    expect(matchesModelGlob('{,src/}app/**/route.{js,ts}', 'lib/app/route.ts')).toBe(false);
    expect(matchesModelGlob('src/**', 'src/.hidden/a.ts')).toBe(true);
    expect(matchesModelGlob('*.html', 'src/index.html')).toBe(false);
    expect(matchesModelGlob('next.config.*', 'next.config.mjs')).toBe(true);
    expect(matchesModelGlob('a?.ts', 'ab.ts')).toBe(true);
  });
});

describe('README', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

  it('lists every framework with its detection dependencies', () => {
    for (const model of FRAMEWORK_MODELS) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${model.id}\` |`));
      expect(row, model.id).toBeDefined();
      for (const dependency of model.detect.dependencies) expect(row).toContain(`\`${dependency}\``);
    }
  });
});
