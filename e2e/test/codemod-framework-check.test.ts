// The codemod's framework rewrites type-check with the frameworks' own checkers: `svelte-kit sync` + `svelte-check` on a
// SvelteKit app (the $env/static/private import it adds, typed from the .env it writes), and `astro check` on an Astro
// site (the frontmatter it migrates, with import.meta.env). The codemod comes from the suite's registry, the frameworks
// through it (pinned; Astro 5, whose engines accept the Node 20 this suite runs on).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { testKey } from '@optimocms/test-keys';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import './support/context.js';
import { run, type RunResult } from './support/run.js';
import { installToolchain, linkToolchain } from './support/toolchain.js';
import { WHOLE_KEY } from './support/two-commits.js';

const SVELTEKIT = ['@sveltejs/kit@2.70.4', '@sveltejs/adapter-static@3.0.11', '@sveltejs/vite-plugin-svelte@7.3.1', 'svelte@5.57.3', 'vite@8.3.8', 'svelte-check@4.7.8', 'typescript@6.0.3'];
const ASTRO = ['astro@5.18.2', '@astrojs/check@0.9.10', 'typescript@6.0.3'];
const KEY = testKey('live', 'e2e-codemod-frameworks');
const QUIET = { ASTRO_TELEMETRY_DISABLED: '1', CI: '1' };

let scratch: string;
let kitTools: string;
let astroTools: string;
let codemod: string;

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'optimocms-e2e-codemod-check-'));
  kitTools = installToolchain(scratch, 'sveltekit-tools', SVELTEKIT);
  astroTools = installToolchain(scratch, 'astro-tools', ASTRO);
  codemod = path.join(inject('e2e').consumerNodeModules, '.bin/optimocms-codemod');
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function app(fixture: string, toolchain: string, files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(scratch, `${fixture}-`));
  cpSync(path.join(inject('e2e').repoRoot, 'e2e/fixtures', fixture), dir, { recursive: true });
  linkToolchain(toolchain, dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

function migrate(dir: string): { files: string[]; manual: { file: string; kind: string }[] } {
  const result = run(codemod, ['env-keys', '--write', '--json'], { cwd: dir });
  expect(result.output).not.toMatch(WHOLE_KEY);
  expect(result.status, result.stderr).toBe(0);
  const report = JSON.parse(result.stdout) as { files: { file: string }[]; manual: { file: string; kind: string }[] };
  return { files: report.files.map((file) => file.file), manual: report.manual };
}

/** A checker's output, without any key it might echo. */
function checked(result: RunResult): { status: number | null; output: string } {
  expect(result.output).not.toContain(KEY);
  return { status: result.status, output: result.output };
}

const svelteCheck = (dir: string) => {
  const sync = run(process.execPath, [path.join(kitTools, 'node_modules/@sveltejs/kit/svelte-kit.js'), 'sync'], { cwd: dir });
  expect(sync.status, sync.output).toBe(0);
  return checked(run(process.execPath, [path.join(kitTools, 'node_modules/svelte-check/bin/svelte-check'), '--tsconfig', './tsconfig.json', '--output', 'machine'], { cwd: dir }));
};

const astroCheck = (dir: string) => checked(run(process.execPath, [path.join(astroTools, 'node_modules/astro/astro.js'), 'check'], { cwd: dir, env: QUIET }));

describe('SvelteKit: svelte-kit sync + svelte-check', () => {
  const SERVER_LOAD = `import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch }) => {
  const response = await fetch('https://api.optimocms.com/v1/sites', { headers: { 'X-Api-Key': '${KEY}' } });
  return { sites: response.ok ? ((await response.json()) as unknown[]).length : 0 };
};
`;
  const WIDGET = `<script lang="ts">
  const key = '${KEY}';
</script>

<p>{key.length}</p>
`;

  it('the load rewritten to $env/static/private checks clean; the component is manual work; without the .env it would not', () => {
    const dir = app('codemod-sveltekit-app', kitTools, { 'src/routes/+page.server.ts': SERVER_LOAD, 'src/routes/Widget.svelte': WIDGET });
    expect(svelteCheck(dir).status).toBe(0);
    const report = migrate(dir);
    expect(report.files).toEqual(['src/routes/+page.server.ts']);
    expect(report.manual).toEqual([expect.objectContaining({ file: 'src/routes/Widget.svelte', kind: 'client-module' })]);
    const load = readFileSync(path.join(dir, 'src/routes/+page.server.ts'), 'utf8');
    expect(load).toContain("import { OPTIMOCMS_API_KEY } from '$env/static/private';");
    expect(load).toContain("headers: { 'X-Api-Key': OPTIMOCMS_API_KEY }");
    const after = svelteCheck(dir);
    expect(after.output).toMatch(/COMPLETED \d+ FILES 0 ERRORS/);
    expect(after.status).toBe(0);
    // The check is real: the types come from the .env the codemod wrote (svelte-kit sync reads it).
    rmSync(path.join(dir, '.env'));
    const withoutEnv = svelteCheck(dir);
    expect(withoutEnv.status).not.toBe(0);
    expect(withoutEnv.output).toContain('OPTIMOCMS_API_KEY');
  });
});

describe('Astro: astro check', () => {
  const PAGE = `---
const response = await fetch('https://api.optimocms.com/v1/sites', { headers: { 'X-Api-Key': '${KEY}' } });
const sites: unknown[] = response.ok ? await response.json() : [];
---
<p>{sites.length} sites</p>
<script>
  const key = '${KEY}';
  console.log(key.length);
</script>
`;
  const ENDPOINT = `import type { APIRoute } from 'astro';

export const GET: APIRoute = () => fetch('https://api.optimocms.com/v1/sites', { headers: { 'X-Api-Key': '${KEY}' } });
`;

  it('the frontmatter and the endpoint rewritten to import.meta.env check clean; the <script> is manual work; a type error would be seen', () => {
    const dir = app('codemod-astro-site', astroTools, { 'src/pages/index.astro': PAGE, 'src/pages/api/sites.ts': ENDPOINT });
    const report = migrate(dir);
    expect(report.files).toEqual(['src/pages/api/sites.ts', 'src/pages/index.astro']);
    expect(report.manual).toEqual([expect.objectContaining({ file: 'src/pages/index.astro', kind: 'client-module' })]);
    const page = readFileSync(path.join(dir, 'src/pages/index.astro'), 'utf8');
    expect(page).toBe(PAGE.replace(`'X-Api-Key': '${KEY}'`, "'X-Api-Key': import.meta.env.OPTIMOCMS_API_KEY"));
    const after = astroCheck(dir);
    expect(after.output).toMatch(/0 errors/);
    expect(after.status).toBe(0);
    // The check is real: a type error in the same frontmatter fails it.
    writeFileSync(path.join(dir, 'src/pages/index.astro'), page.replace('const sites', 'const wrong: number = "text";\nconst sites'));
    expect(astroCheck(dir).status).not.toBe(0);
  });
});
