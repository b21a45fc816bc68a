import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEnvKeys, type EnvKeysReport } from '../src/index.js';
import { FIXTURES, copyFrameworkFixture, filesUnder, read, runCli, tempFolder, write } from './helpers/project.js';
import { LIVE, leakedSecrets } from './helpers/keys.js';

// One whole-project fixture per framework: `NAME.input.EXT` becomes `NAME.EXT`; with a `NAME.output.EXT` beside it, the
// codemod must turn it into that; without one, it must leave the file byte for byte and list its keys as manual work.
const ROOT = join(FIXTURES, 'frameworks');
const FRAMEWORK_FIXTURES = readdirSync(ROOT).sort();

interface Pair {
  target: string;
  input: string;
  expected: string | undefined;
}

function pairsOf(folder: string): Pair[] {
  const files = filesUnder(folder);
  return files
    .filter((file) => file.includes('.input.'))
    .map((input) => {
      const output = input.replace('.input.', '.output.');
      return { target: input.replace('.input.', '.'), input: readFileSync(join(folder, input), 'utf8'), expected: files.includes(output) ? readFileSync(join(folder, output), 'utf8') : undefined };
    });
}

/** A copy of the fixture project with the inputs under their real names and no outputs. */
function projectOf(name: string): { folder: string; pairs: Pair[] } {
  return { folder: copyFrameworkFixture(name), pairs: pairsOf(join(ROOT, name)) };
}

describe('framework fixture projects', () => {
  it('covers the frameworks whose server read or browser code differs', () => {
    expect(FRAMEWORK_FIXTURES).toEqual(['astro', 'cloudflare-workers', 'deno', 'next', 'sveltekit', 'vite']);
  });

  describe.each(FRAMEWORK_FIXTURES)('%s', (name) => {
    it('rewrites server code the framework way, lists browser code as manual work, and a second run changes nothing', async () => {
      const { folder, pairs } = projectOf(name);
      const first = await runEnvKeys({ cwd: folder, write: true });
      expect(first.errors).toEqual([]);
      for (const pair of pairs) {
        expect(read(folder, pair.target), pair.target).toBe(pair.expected ?? pair.input);
        const items = first.manual.filter((item) => item.file === pair.target);
        // A file left as it was holds keys only a human can move; a rewritten one has none left for a human.
        if (pair.expected === undefined) expect(items.length, pair.target).toBeGreaterThan(0);
      }
      expect(leakedSecrets(JSON.stringify(first))).toBe(0);
      const second = await runEnvKeys({ cwd: folder, write: true });
      expect(second.summary.filesChanged).toBe(0);
      // What a human must move is still there, and listed the same way.
      expect(second.manual).toEqual(first.manual);
    });
  });
});

function manualOf(report: EnvKeysReport, file: string) {
  return report.manual.filter((item) => item.file === file);
}

describe('manual items name the framework and its server place', () => {
  it('Vite SPA: a key under src/ is browser code, with the backend advice of the model', async () => {
    const { folder } = projectOf('vite');
    const report = await runEnvKeys({ cwd: folder });
    const [item] = manualOf(report, 'src/cms.ts');
    expect(item).toMatchObject({ kind: 'client-module', line: 2 });
    expect(item?.message).toContain('Vite SPA');
    expect(item?.step).toContain('a backend you control');
  });

  it('SvelteKit: a universal load and a component point to +page.server.ts', async () => {
    const { folder } = projectOf('sveltekit');
    const report = await runEnvKeys({ cwd: folder });
    for (const file of ['src/routes/blog/+page.ts', 'src/routes/blog/+page.svelte']) {
      const [item] = manualOf(report, file);
      expect(item?.kind, file).toBe('client-module');
      expect(item?.step, file).toContain('+page.server.ts');
    }
  });

  it('Astro: the <script> key is manual work, the frontmatter key is rewritten', async () => {
    const { folder } = projectOf('astro');
    const report = await runEnvKeys({ cwd: folder });
    expect(manualOf(report, 'src/pages/index.astro').map((item) => [item.kind, item.line])).toEqual([['client-module', 12]]);
    expect(report.files.find((file) => file.file === 'src/pages/index.astro')?.edits.map((edit) => edit.line)).toEqual([4]);
  });

  it('a key handed to the page (a server load returns it, a Server Component passes it as a prop) is manual work, never rewritten', async () => {
    const kit = await runEnvKeys({ cwd: projectOf('sveltekit').folder });
    expect(manualOf(kit, 'src/routes/blog/+layout.server.ts').map((item) => [item.kind, item.message])).toEqual([['handoff', 'key handed to the browser: the returned data is serialized into the page']]);
    const next = await runEnvKeys({ cwd: projectOf('next').folder });
    expect(manualOf(next, 'app/page.tsx').map((item) => [item.kind, item.line])).toEqual([['handoff', 5]]);
    expect(manualOf(next, 'app/page.tsx')[0]?.message).toContain("'use client' component are serialized into the page");
  });

  it('a Worker: the key is manual work naming the env binding', async () => {
    const { folder } = projectOf('cloudflare-workers');
    const report = await runEnvKeys({ cwd: folder });
    const [item] = manualOf(report, 'src/index.ts');
    expect(item?.kind).toBe('env-binding');
    expect(item?.step).toContain('env.OPTIMOCMS_API_KEY');
    expect(report.files).toEqual([]);
  });

  it('Next pages router: the page component (shipped) is refused, getServerSideProps (server) is rewritten', async () => {
    const { folder } = projectOf('next');
    const report = await runEnvKeys({ cwd: folder });
    expect(manualOf(report, 'pages/index.tsx').map((item) => [item.kind, item.line])).toEqual([['client-module', 11]]);
    expect(report.files[0]?.edits.map((edit) => edit.line)).toEqual([5]);
  });

  it('a monorepo: each file takes the framework of its nearest package.json, in one run from the root', async () => {
    const folder = tempFolder();
    write(folder, 'package.json', '{ "name": "monorepo", "private": true, "workspaces": ["apps/*"] }\n');
    write(folder, 'apps/web/package.json', '{ "name": "web", "devDependencies": { "vite": "^7.0.0" } }\n');
    write(folder, 'apps/api/package.json', '{ "name": "api", "dependencies": { "express": "^5.0.0" } }\n');
    write(folder, 'apps/kit/package.json', '{ "name": "kit", "devDependencies": { "@sveltejs/kit": "^2.0.0" } }\n');
    const line = `export const key: string = '${LIVE}';\n`;
    for (const file of ['apps/web/src/key.ts', 'apps/api/src/key.ts', 'apps/kit/src/lib/server/key.ts']) write(folder, file, line);
    const report = await runEnvKeys({ cwd: folder, write: true });
    expect(report.manual.map((item) => [item.file, item.kind, item.message.includes('Vite SPA')])).toEqual([['apps/web/src/key.ts', 'client-module', true]]);
    expect(read(folder, 'apps/api/src/key.ts')).toBe('export const key: string = process.env.OPTIMOCMS_API_KEY!;\n');
    expect(read(folder, 'apps/kit/src/lib/server/key.ts')).toBe("import { OPTIMOCMS_API_KEY } from '$env/static/private';\nexport const key: string = OPTIMOCMS_API_KEY;\n");
    expect(read(folder, 'apps/web/src/key.ts')).toBe(line);
  });

  it('the CLI: --framework takes auth-types framework ids; anything else is one usage line, exit 2', () => {
    const folder = tempFolder();
    const bad = runCli(folder, ['env-keys', '--framework', 'remix']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('--framework must be one of next, nuxt, sveltekit, astro, react-router, gatsby, expo, angular, vite, cloudflare-workers, node-server, deno, bun');
    expect(runCli(folder, ['env-keys', '--framework', 'deno']).status).toBe(0);
  });

  it('--framework overrides detection: node-server makes src/ of the Vite project server code', async () => {
    const { folder } = projectOf('vite');
    const report = await runEnvKeys({ cwd: folder, framework: 'node-server' });
    expect(report.manual).toEqual([]);
    expect(report.files.map((file) => file.file)).toEqual(['server.ts', 'src/cms.ts']);
  });
});

describe('what static analysis cannot know is said', () => {
  it('a rewritten module no rule places (beside a Vite SPA) gets a note pointing to optimocms-scan --bundle', async () => {
    const { folder } = projectOf('vite');
    const report = await runEnvKeys({ cwd: folder });
    expect(report.notes).toContain('1 rewritten file (server.ts) run wherever its importers run: if browser code imports it, the key reaches the bundle; after building, check the output with optimocms-scan --bundle');
  });

  it('no note where the framework places every file (a Node.js server) or none ships (no framework)', async () => {
    const { folder } = projectOf('vite');
    expect((await runEnvKeys({ cwd: folder, framework: 'node-server' })).notes).toEqual([]);
  });
});

describe('the $env/static/private import keeps the bytes of the file', () => {
  it('CRLF line breaks, a BOM, double quotes and no semicolons are followed; nothing else changes', async () => {
    const folder = tempFolder();
    write(folder, 'package.json', '{ "name": "kit", "devDependencies": { "@sveltejs/kit": "^2.0.0" } }\n');
    const before = `\uFEFF// Server hook\r\nimport { redirect } from "@sveltejs/kit"\r\n\r\nexport const handle = ({ event, resolve }) => resolve(event, { headers: { "X-Api-Key": "${LIVE}" } })\r\n`;
    write(folder, 'src/hooks.server.js', before);
    await runEnvKeys({ cwd: folder, write: true });
    expect(read(folder, 'src/hooks.server.js')).toBe(
      before.replace('"@sveltejs/kit"\r\n', '"@sveltejs/kit"\r\nimport { OPTIMOCMS_API_KEY } from "$env/static/private"\r\n').replace(`"${LIVE}"`, 'OPTIMOCMS_API_KEY'),
    );
  });
});

describe('a SvelteKit file that already declares the variable name', () => {
  it('imports it under an alias, so the two never clash (the common `const OPTIMOCMS_API_KEY = …`)', async () => {
    const folder = tempFolder();
    write(folder, 'package.json', '{ "name": "kit", "devDependencies": { "@sveltejs/kit": "^2.0.0" } }\n');
    write(folder, 'src/lib/server/cms.ts', `import { OptimoCMS } from '@optimocms/sdk';\n\nconst OPTIMOCMS_API_KEY = '${LIVE}';\nexport const cms = new OptimoCMS({ apiKey: OPTIMOCMS_API_KEY });\n`);
    await runEnvKeys({ cwd: folder, write: true });
    expect(read(folder, 'src/lib/server/cms.ts')).toBe(
      "import { OptimoCMS } from '@optimocms/sdk';\nimport { OPTIMOCMS_API_KEY as OPTIMOCMS_API_KEY_PRIVATE } from '$env/static/private';\n\nconst OPTIMOCMS_API_KEY = OPTIMOCMS_API_KEY_PRIVATE;\nexport const cms = new OptimoCMS({ apiKey: OPTIMOCMS_API_KEY });\n",
    );
  });
});
