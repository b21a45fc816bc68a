import { describe, expect, it } from 'vitest';
import { formatScopesText } from '../src/report/scopes-text.js';
import { runScopes } from '../src/index.js';
import { readPathAliases, resolveAlias } from '../src/scopes/path-aliases.js';
import { runCli, tempFolder, write } from './helpers/project.js';

const plain = { bold: String, dim: String, green: String, red: String, yellow: String, cyan: String } as unknown as Parameters<typeof formatScopesText>[1];

/** A declared key with `scopes`, read from OPTIMOCMS_API_KEY, in a project of `dependencies`. */
function project(dependencies: Record<string, string>, scopes: string[], files: Record<string, string>): string {
  const folder = tempFolder();
  write(folder, 'package.json', JSON.stringify({ name: 'app', private: true, dependencies }));
  write(folder, 'optimocms.keys.ts', `import { defineKeys } from '@optimocms/auth-types';
export default defineKeys([{ name: 'Website', environment: 'live', envVar: 'OPTIMOCMS_API_KEY', scopes: ${JSON.stringify(scopes)} }]);
`);
  for (const [file, text] of Object.entries(files)) write(folder, file, text);
  return folder;
}

const usedScopes = async (folder: string) => {
  const report = await runScopes({ cwd: folder });
  return { report, byKey: Object.fromEntries(report.keys.map((usage) => [usage.envVar ?? 'unnamed', usage.scopes])) };
};

describe('scopes in framework projects', () => {
  it('SvelteKit: a $env/static/private key, a $lib import and a call in a .svelte script block all count', async () => {
    const folder = project({ '@sveltejs/kit': '^2.0.0' }, ['pages:read', 'media:read', 'sites:read'], {
      'src/lib/server/cms.ts': `import { OptimoCMS } from '@optimocms/sdk';
import { OPTIMOCMS_API_KEY } from '$env/static/private';
export const cms = new OptimoCMS({ apiKey: OPTIMOCMS_API_KEY });
`,
      'src/routes/+page.server.ts': `import { cms } from '$lib/server/cms';
export const load = async () => ({ pages: await cms.pages.list() });
`,
      'src/routes/Media.svelte': `<script lang="ts">
  import { cms } from '$lib/server/cms';
  const media = cms.media.list();
</script>

{#await media}loading{/await}
`,
    });
    const { report, byKey } = await usedScopes(folder);
    expect(report.errors).toEqual([]);
    expect(byKey).toEqual({ OPTIMOCMS_API_KEY: ['pages:read', 'media:read'] });
    expect(report.keys[0]?.calls.find((call) => call.scope === 'media:read')).toMatchObject({ file: 'src/routes/Media.svelte', line: 3 });
    expect(report.declared.map((key) => [key.status, key.overBroad])).toEqual([['compared', ['sites:read']]]);
  });

  it('Astro frontmatter with import.meta.env, a Vue <script setup> with an @/ alias from tsconfig paths', async () => {
    const folder = project({ astro: '^5.0.0', vue: '^3.0.0' }, ['pages:read', 'media:read'], {
      'tsconfig.json': `{
  // comments and trailing commas, as tsconfig allows
  "compilerOptions": { "paths": { "@/*": ["./src/*"], }, },
}
`,
      'src/cms.ts': `import { OptimoCMS } from '@optimocms/sdk';
export const cms = new OptimoCMS({ apiKey: import.meta.env.OPTIMOCMS_API_KEY });
`,
      'src/pages/index.astro': `---
import { cms } from '@/cms';
const pages = await cms.pages.list();
---
<ul>{pages.map((page) => <li>{page.title}</li>)}</ul>
`,
      'src/components/Gallery.vue': `<template><div /></template>
<script setup lang="ts">
import { cms } from '@/cms';
const media = await cms.media.list();
</script>
`,
    });
    const { report, byKey } = await usedScopes(folder);
    expect(byKey).toEqual({ OPTIMOCMS_API_KEY: ['pages:read', 'media:read'] });
    expect(report.declared.map((key) => [key.status, key.overBroad])).toEqual([['compared', []]]);
  });

  it('Nuxt 4: calls reached through #shared and ~ (app/) count', async () => {
    const folder = project({ nuxt: '^4.0.0' }, ['pages:read', 'sites:read', 'media:read'], {
      'shared/cms.ts': `import { OptimoCMS } from '@optimocms/sdk';
export const cms = new OptimoCMS({ apiKey: process.env.OPTIMOCMS_API_KEY });
`,
      'server/api/pages.get.ts': `import { cms } from '#shared/cms';
export default defineEventHandler(() => cms.pages.list());
`,
      'app/utils/cms.ts': `export { cms } from '#shared/cms';
`,
      'app/pages/index.vue': `<script setup lang="ts">
import { cms } from '~/utils/cms';
const sites = await cms.sites.list();
</script>
`,
    });
    const { report, byKey } = await usedScopes(folder);
    expect(report.errors).toEqual([]);
    expect(byKey).toEqual({ OPTIMOCMS_API_KEY: ['sites:read', 'pages:read'] });
    expect(report.declared.map((key) => [key.status, key.overBroad])).toEqual([['compared', ['media:read']]]);
  });

  it("Nuxt's ~ means app/ before the root (srcDir is app/ when it exists); SvelteKit's $lib means src/lib", () => {
    const folder = tempFolder();
    expect(resolveAlias('~/utils/cms', readPathAliases(folder, ['nuxt']))).toEqual(['app/utils/cms', 'utils/cms']);
    expect(resolveAlias('@@/shared/cms', readPathAliases(folder, ['nuxt']))).toEqual(['shared/cms']);
    expect(resolveAlias('$lib/server/cms', readPathAliases(folder, ['sveltekit']))).toEqual(['src/lib/server/cms']);
    expect(resolveAlias('$lib', readPathAliases(folder, ['sveltekit']))).toEqual(['src/lib']);
    expect(resolveAlias('~/utils/cms', readPathAliases(folder, ['sveltekit']))).toEqual([]);
  });

  it("a Worker's env binding and Deno.env.get name their keys", async () => {
    const folder = project({ wrangler: '^4.0.0' }, ['pages:read'], {
      'src/worker.ts': `import { OptimoCMS } from '@optimocms/sdk';
export default {
  async fetch(request: Request, env: { OPTIMOCMS_API_KEY: string }) {
    const cms = new OptimoCMS({ apiKey: env.OPTIMOCMS_API_KEY });
    return Response.json(await cms.pages.list());
  },
};
`,
      'deno/main.ts': `import { OptimoCMS } from '@optimocms/sdk';
const cms = new OptimoCMS({ apiKey: Deno.env.get('CMS_DENO_KEY') ?? '' });
export const media = () => cms.media.list();
`,
    });
    const { byKey } = await usedScopes(folder);
    expect(byKey).toEqual({ CMS_DENO_KEY: ['media:read'], OPTIMOCMS_API_KEY: ['pages:read'] });
  });

  it('a candidate file that cannot be analysed: no scope is called over-broad, the file is named, the verdict is unknown (exit 2)', async () => {
    const folder = project({ vue: '^3.0.0' }, ['pages:read', 'media:read'], {
      'src/cms.ts': `import { OptimoCMS } from '@optimocms/sdk';
export const cms = new OptimoCMS({ apiKey: process.env.OPTIMOCMS_API_KEY });
export const pages = () => cms.pages.list();
`,
      'src/Broken.vue': `<script setup lang="ts">
import { cms } from './cms';
const media = cms.media.list(;
</script>
`,
    });
    const report = await runScopes({ cwd: folder });
    expect(report.unanalysedFiles).toEqual(['src/Broken.vue']);
    expect(report.declared.map((key) => [key.status, key.overBroad, key.unusedInAnalysed])).toEqual([['unknown', [], ['media:read']]]);
    expect(report.incomplete).toBe(true);
    const text = formatScopesText(report, plain);
    expect(text).not.toContain('remove');
    expect(text).toContain('media:read not used by the analysed files, but 1 candidate file could not be analysed (src/Broken.vue): keep it until they are');
    const cli = runCli(folder, ['scopes']);
    expect(cli.status).toBe(2);
    expect(cli.stderr).toBe('optimocms-codemod: 1 candidate file could not be analysed, so no scope is called unused: the check is incomplete\n');
  });

  it('--framework is validated: a bad id is a one-line usage error, exit 2', () => {
    const cli = runCli(tempFolder(), ['scopes', '--framework', 'rails']);
    expect(cli.status).toBe(2);
    expect(cli.stderr.trim().split('\n')).toHaveLength(1);
    expect(cli.stderr).toContain('--framework must be one of next, nuxt, sveltekit');
  });
});
