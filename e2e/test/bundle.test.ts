// optimocms-scan --bundle on real builds, with the scanner installed by name from the suite's registry:
// `vite build` of one small app in four configurations (clean; envPrefix with OPTIMOCMS_; a define that
// inlines the key variable; a key of no known format), a prerendered SvelteKit page whose server load
// returns the key, and a Next.js page whose Server Component passes the key to a client component. The
// Vite and SvelteKit tools are installed once for every app, Next.js in its app; all through the registry.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { genericSecret, testKey } from '@optimocms/test-keys';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import './support/context.js';
import { eslintReports } from './support/eslint-reports.js';
import { run, runOk, type RunResult } from './support/run.js';
import { installToolchain, linkToolchain } from './support/toolchain.js';
import { LIVE } from './support/keys.js';
import { WHOLE_KEY } from './support/two-commits.js';

/** Pinned: the root's Vite, and the SvelteKit 2 line (its $env modules are what the framework model knows). */
const TOOLCHAIN = ['vite@8.3.8', '@sveltejs/kit@2.70.4', '@sveltejs/adapter-static@3.0.11', '@sveltejs/vite-plugin-svelte@7.3.1', 'svelte@5.57.3'];

const KEY = testKey('live', 'e2e-bundle');
const UNKNOWN_FORMAT = `cms-${genericSecret('e2e-bundle', 32)}`;

let scratch: string;
let toolchain: string;
let scanner: string;

beforeAll(() => {
  const { consumerNodeModules } = inject('e2e');
  scratch = mkdtempSync(path.join(tmpdir(), 'optimocms-e2e-bundle-'));
  toolchain = installToolchain(scratch, 'e2e-bundle-toolchain', TOOLCHAIN);
  scanner = path.join(consumerNodeModules, '.bin/optimocms-scan');
  // The apps import our ESLint plugin by name: the registry install of the consumer, seen from the toolchain.
  symlinkSync(path.join(consumerNodeModules, '@optimocms'), path.join(toolchain, 'node_modules/@optimocms'), 'dir');
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of a fixture app with `files` added, built with its framework's `vite build`. */
function build(fixture: string, files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(scratch, `${fixture}-`));
  cpSync(path.join(inject('e2e').repoRoot, 'e2e/fixtures', fixture), dir, { recursive: true });
  linkToolchain(toolchain, dir);
  for (const [file, content] of Object.entries(files)) writeFileSync(path.join(dir, file), content);
  runOk(process.execPath, [path.join(toolchain, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: dir });
  return dir;
}

interface Finding {
  rule: string;
  file: string;
  line: number;
  column: number;
  secret: string;
  variables?: string[];
  source?: { file: string; line: number; column: number };
  cause?: { kind: string };
}

function scan(dir: string, args: string[] = []): RunResult & { findings: Finding[] } {
  const result = run(scanner, ['--bundle', ...args, '--format', 'json'], { cwd: dir });
  expect(result.output).not.toMatch(WHOLE_KEY);
  expect(result.output).not.toContain(UNKNOWN_FORMAT);
  const findings = result.status === 2 ? [] : (JSON.parse(result.stdout) as { findings: Finding[] }).findings;
  return { ...result, findings };
}

const SOURCEMAP = 'build: { sourcemap: true }';

describe('vite build', () => {
  it('a clean app: the key variable stays on the server, nothing is reported', () => {
    const dir = build('vite-app', { '.env': `OPTIMOCMS_API_KEY=${KEY}\n`, 'vite.config.mjs': `export default { ${SOURCEMAP} };\n` });
    const result = scan(dir, ['dist']);
    expect(result.status).toBe(0);
    expect(result.findings).toEqual([]);
    expect(JSON.parse(result.stdout).summary.scanned).toEqual({ folders: ['dist'], variables: ['OPTIMOCMS_API_KEY'] });
  });

  it('envPrefix including OPTIMOCMS_: the key is in the chunk, traced to src/cms.js line 2, cause envPrefix', () => {
    const dir = build('vite-app', { '.env': `OPTIMOCMS_API_KEY=${KEY}\n`, 'vite.config.mjs': `export default { envPrefix: ['VITE_', 'OPTIMOCMS_'], ${SOURCEMAP} };\n` });
    const result = scan(dir, ['dist']);
    expect(result.status).toBe(1);
    expect(result.findings).toEqual([
      expect.objectContaining({ rule: 'key-in-bundle', file: expect.stringMatching(/^dist\/assets\/index-[\w-]+\.js$/), line: 1, variables: ['OPTIMOCMS_API_KEY'], source: expect.objectContaining({ file: 'src/cms.js', line: 2 }), cause: expect.objectContaining({ kind: 'env-prefix' }) }),
    ]);
  });

  it('a define that inlines the key variable: traced to src/cms.js line 2, cause define', () => {
    const config = `import { defineConfig, loadEnv } from 'vite';

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '');
  return { define: { 'import.meta.env.OPTIMOCMS_API_KEY': JSON.stringify(env.OPTIMOCMS_API_KEY) }, ${SOURCEMAP} };
});
`;
    const dir = build('vite-app', { '.env': `OPTIMOCMS_API_KEY=${KEY}\n`, 'vite.config.mjs': config });
    const result = scan(dir, ['dist']);
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'key-in-bundle', source: expect.objectContaining({ file: 'src/cms.js', line: 2 }), cause: expect.objectContaining({ kind: 'define' }) })]);
  });

  it('a key of no known format: only env-value-in-bundle sees it, names the variable, traced; SARIF points at the source', () => {
    const dir = build('vite-app', { '.env': `OPTIMOCMS_API_KEY=${UNKNOWN_FORMAT}\n`, 'vite.config.mjs': `export default { envPrefix: ['VITE_', 'OPTIMOCMS_'], ${SOURCEMAP} };\n` });
    expect(readdirSync(path.join(dir, 'dist/assets')).some((file) => readFileSync(path.join(dir, 'dist/assets', file), 'utf8').includes(UNKNOWN_FORMAT))).toBe(true);
    const result = scan(dir, ['dist']);
    expect(result.status).toBe(1);
    expect(result.findings).toEqual([
      expect.objectContaining({ rule: 'env-value-in-bundle', secret: 'value of OPTIMOCMS_API_KEY', variables: ['OPTIMOCMS_API_KEY'], source: expect.objectContaining({ file: 'src/cms.js', line: 2 }) }),
    ]);
    const sarif = run(scanner, ['--bundle', 'dist', '--format', 'sarif'], { cwd: dir });
    expect(sarif.output).not.toContain(UNKNOWN_FORMAT);
    const [location] = (JSON.parse(sarif.stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] }).runs[0]?.results[0]?.locations ?? [];
    expect(location?.physicalLocation).toMatchObject({ artifactLocation: { uri: 'src/cms.js' }, region: { startLine: 2 } });
  });
});

describe('SvelteKit build (prerendered)', () => {
  it('a server load that returns the key: the prerendered page and its data are flagged as serialised server output', () => {
    const dir = build('sveltekit-app', { '.env': `OPTIMOCMS_API_KEY=${KEY}\n` });
    // No folders named: the framework model's client output of SvelteKit.
    const result = scan(dir);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).summary.scanned.folders).toEqual(['.svelte-kit/output/client', '.svelte-kit/output/prerendered']);
    expect(result.findings.map((finding) => [finding.file, finding.rule, finding.variables, finding.cause?.kind])).toEqual([
      ['.svelte-kit/output/prerendered/dependencies/__data.json', 'key-in-bundle', ['OPTIMOCMS_API_KEY'], 'server-prop'],
      ['.svelte-kit/output/prerendered/pages/index.html', 'key-in-bundle', ['OPTIMOCMS_API_KEY'], 'server-prop'],
    ]);

    // The source-level check flags the place the build output came from: the server load that returns the key
    // (.svelte files need eslint-plugin-svelte's parser, which this project does not install).
    writeFileSync(path.join(dir, 'eslint.config.js'), "import optimocms from '@optimocms/eslint-plugin';\n\nexport default [{ ignores: ['.svelte-kit/**', 'build/**', '**/*.svelte'] }, optimocms.configs.recommended];\n");
    const { reports } = eslintReports(path.join(inject('e2e').consumerNodeModules, '.bin/eslint'), dir);
    expect(reports.filter((report) => report.includes('no-client-side-api-key'))).toEqual([expect.stringMatching(/^src\/routes\/\+page\.server\.js:5:\d+ @optimocms\/no-client-side-api-key /)]);
  });
});

describe('Next.js build (app router, prerendered)', () => {
  it('a Server Component passing the key to a client component: the prerendered HTML and RSC payloads are flagged, server code is not; ESLint flags the prop', () => {
    const { registry, consumerNodeModules, repoRoot } = inject('e2e');
    const dir = mkdtempSync(path.join(scratch, 'next-app-'));
    cpSync(path.join(repoRoot, 'e2e/fixtures/next-app'), dir, { recursive: true });
    writeFileSync(path.join(dir, '.env'), `OPTIMOCMS_API_KEY=${KEY}\n`);
    // Its own install: Next.js resolves modules inside the project root only.
    runOk('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, env: { npm_config_registry: registry.url, npm_config_userconfig: path.join(scratch, '.npmrc') } });
    runOk(process.execPath, [path.join(dir, 'node_modules/next/dist/bin/next'), 'build'], { cwd: dir, env: { NEXT_TELEMETRY_DISABLED: '1' } });

    const result = scan(dir);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).summary.scanned.folders).toEqual(['.next/static', '.next/server/app', '.next/server/pages']);
    const files = result.findings.map((finding) => finding.file);
    expect(files).toContain('.next/server/app/index.html');
    expect(files).toContain('.next/server/app/index.rsc');
    for (const finding of result.findings) {
      expect(finding.file).toMatch(/^\.next\/server\/app\/index[./].*(?:html|rsc)$/);
      expect(finding).toMatchObject({ rule: 'key-in-bundle', variables: ['OPTIMOCMS_API_KEY'], cause: { kind: 'server-prop' } });
    }
    // The server's own code holds no key here, and would not be scanned by default anyway: named, it is.
    expect(scan(dir, ['.next/server/app/page.js']).status).toBe(0);

    symlinkSync(path.join(consumerNodeModules, '@optimocms'), path.join(dir, 'node_modules/@optimocms'), 'dir');
    // .mjs: the app's package.json has no "type" (as create-next-app writes it).
    writeFileSync(path.join(dir, 'eslint.config.mjs'), "import optimocms from '@optimocms/eslint-plugin';\n\nexport default [{ ignores: ['.next/**'] }, { languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } }, optimocms.configs.recommended];\n");
    const { reports } = eslintReports(path.join(consumerNodeModules, '.bin/eslint'), dir);
    expect(reports).toEqual([expect.stringMatching(/^app\/page\.js:5:\d+ @optimocms\/no-client-side-api-key /)]);
  });
});

describe('the build-output recipe (docs/recipes/build-output.md)', () => {
  const read = (file: string) => readFileSync(path.join(inject('e2e').repoRoot, file), 'utf8');

  it("the workflow's check writes the SARIF file it uploads, with the key values from the environment, and is the one the recipe shows", () => {
    const workflow = read('docs/recipes/github-actions/optimocms-bundle.yml');
    const recipe = read('docs/recipes/build-output.md');
    const [, block = 'missing'] = /```yaml\n([\s\S]*?)```/.exec(recipe) ?? [];
    expect(workflow).toContain(block);
    const command = /run: npx optimocms-scan (--bundle --env-from-process --format sarif --output (\S+))$/m.exec(workflow);
    expect(command).not.toBeNull();
    const [, args = '', sarifFile = ''] = command ?? [];
    expect(workflow).toContain(`sarif_file: ${sarifFile}`);
    expect(workflow).toMatch(/if: \$\{\{ !cancelled\(\) \}\}\n\s+uses: github\/codeql-action\/upload-sarif@v3/);

    // CI has no .env: the build and the check both read the secret from the environment.
    const dir = build('vite-app', { 'vite.config.mjs': `export default { envPrefix: ['VITE_', 'OPTIMOCMS_'], ${SOURCEMAP} };\n` });
    const result = run(scanner, args.split(' '), { cwd: dir, env: { OPTIMOCMS_API_KEY: UNKNOWN_FORMAT } });
    expect(result.status).toBe(0); // built without the secret: nothing inlined
    const leaky = mkdtempSync(path.join(scratch, 'ci-'));
    cpSync(path.join(inject('e2e').repoRoot, 'e2e/fixtures/vite-app'), leaky, { recursive: true });
    linkToolchain(toolchain, leaky);
    writeFileSync(path.join(leaky, 'vite.config.mjs'), `export default { envPrefix: ['VITE_', 'OPTIMOCMS_'], ${SOURCEMAP} };\n`);
    runOk(process.execPath, [path.join(toolchain, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: leaky, env: { OPTIMOCMS_API_KEY: UNKNOWN_FORMAT } });
    const check = run(scanner, args.split(' '), { cwd: leaky, env: { OPTIMOCMS_API_KEY: UNKNOWN_FORMAT } });
    expect(check.status).toBe(1);
    const sarif = readFileSync(path.join(leaky, sarifFile), 'utf8');
    expect(sarif).not.toContain(UNKNOWN_FORMAT);
    expect((JSON.parse(sarif) as { runs: { results: { ruleId: string }[] }[] }).runs[0]?.results.map((result) => result.ruleId)).toEqual(['env-value-in-bundle']);
  });

  it('as a postbuild script, a leaking build fails npm run build', () => {
    const dir = build('vite-app', { '.env': `OPTIMOCMS_API_KEY=${KEY}\n`, 'vite.config.mjs': `export default { envPrefix: ['VITE_', 'OPTIMOCMS_'] };\n` });
    const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ ...manifest, scripts: { ...manifest.scripts, postbuild: 'optimocms-scan --bundle' } }));
    const bins = [path.join(toolchain, 'node_modules/.bin'), path.dirname(scanner)].join(path.delimiter);
    const result = run('npm', ['run', 'build'], { cwd: dir, env: { PATH: `${bins}${path.delimiter}${process.env.PATH ?? ''}` } });
    expect(result.output).not.toMatch(WHOLE_KEY);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/key-in-bundle/);
  });
});

describe('--pack with the installed scanner', () => {
  it("reports a package whose files include .env, and passes a clean one", () => {
    const dir = mkdtempSync(path.join(scratch, 'pack-'));
    const write = (file: string, content: string) => {
      runOk('mkdir', ['-p', path.dirname(path.join(dir, file))], { cwd: dir });
      writeFileSync(path.join(dir, file), content);
    };
    write('leaky/package.json', JSON.stringify({ name: 'leaky', version: '1.0.0', files: ['index.js', '.env'] }));
    write('leaky/index.js', 'export const key = process.env.OPTIMOCMS_API_KEY;\n');
    write('leaky/.env', `OPTIMOCMS_API_KEY=${KEY}\n`);
    write('clean/package.json', JSON.stringify({ name: 'clean', version: '1.0.0', files: ['index.js'] }));
    write('clean/index.js', 'export const key = process.env.OPTIMOCMS_API_KEY;\n');
    write('clean/.env', `OPTIMOCMS_API_KEY=${KEY}\n`);
    const leaky = run(scanner, ['--pack', 'leaky', '--format', 'json'], { cwd: dir });
    expect(leaky.output).not.toMatch(WHOLE_KEY);
    expect(leaky.status).toBe(1);
    expect((JSON.parse(leaky.stdout) as { findings: Finding[] }).findings.map((finding) => `${finding.file}:${finding.line} ${finding.rule} ${finding.secret}`)).toEqual([
      'leaky/.env:1 key-in-package dotenv file',
      `leaky/.env:1 key-in-package ${KEY.slice(0, LIVE.length + 4)}…`,
    ]);
    expect(run(scanner, ['--pack', 'clean'], { cwd: dir }).status).toBe(0);
  });
});
