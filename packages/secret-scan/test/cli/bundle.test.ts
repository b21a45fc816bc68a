import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { genericSecret, testKey } from '@optimocms/test-keys';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { expectOneLineError, redacted, remember, runCli, temporaryDirectory, write, type CliResult } from './helpers.js';
import { ARTEFACT_MAX_FILE_SIZE, DEFAULT_MAX_FILE_SIZE, parseArgs } from '../../src/cli/args.js';
import { HELP_TEXT } from '../../src/cli/help-text.js';
import { fingerprint } from '../../src/engine/index.js';
import { sourceMap } from './source-map-fixture.js';

const KEY = testKey('live', 'bundle');
const SANDBOX = testKey('sandbox', 'bundle');
/** A key of no known format: only env-value-in-bundle can find it. */
const UNKNOWN_FORMAT = `cms-${genericSecret('bundle', 28)}`;
remember(KEY, SANDBOX, UNKNOWN_FORMAT);
// Built at run time: written out beside a value, the scanner's public-env-exposure rule would report this file.
const PUBLIC_KEY_VARIABLE = ['VITE', 'OPTIMOCMS_API_KEY'].join('_');

interface BundleFinding {
  rule: string;
  file: string;
  line: number;
  column: number;
  secret: string;
  fingerprint: string;
  variables?: string[];
  source?: { file: string; line: number; column: number };
  cause?: { kind: string; text: string };
}
interface BundleReport {
  findings: BundleFinding[];
  summary: { files: number; skipped: Record<string, number>; scanned?: { folders?: string[]; variables?: string[] } };
}

function report(result: CliResult): BundleReport {
  return JSON.parse(result.stdout) as BundleReport;
}

function expectNoValue(result: CliResult): void {
  expect(`${result.stdout}${result.stderr}`).not.toContain(UNKNOWN_FORMAT);
}

/** A project with a .env and an original source whose line 3 reads the key variable. */
function project(env: string): string {
  const dir = temporaryDirectory();
  write(dir, 'package.json', '{ "name": "app", "private": true }\n');
  write(dir, '.env', env);
  write(dir, 'src/main.ts', "import { OptimoCMS } from '@optimocms/sdk';\n\nconst key = import.meta.env.OPTIMOCMS_API_KEY;\nexport const cms = new OptimoCMS({ apiKey: key });\n");
  return dir;
}

/** A minified chunk with `inlined` in a string at its start, mapped to src/main.ts line 3, column 13. */
function chunk(dir: string, name: string, inlined: string, map: 'linked' | 'beside' | 'none' | string = 'linked'): { column: number } {
  const code = `(()=>{const a="${inlined}";fetch("/api",{headers:{"X-Api-Key":a}})})();`;
  const column = code.indexOf(inlined) + 1;
  write(dir, `dist/assets/${name}`, `${code}\n${map === 'linked' ? `//# sourceMappingURL=${name}.map\n` : ''}`);
  const content = readFileSync(join(dir, 'src/main.ts'), 'utf8');
  if (map === 'linked' || map === 'beside') write(dir, `dist/assets/${name}.map`, sourceMap('../../src/main.ts', content, [{ line: 0, column: column - 2, sourceLine: 2, sourceColumn: 12 }]));
  else if (map !== 'none') write(dir, `dist/assets/${name}.map`, map);
  return { column };
}

describe('--bundle over client build output', () => {
  it('passes a clean build, and says which key variables it looked for (names, never values)', () => {
    const dir = project(`OPTIMOCMS_API_KEY=${KEY}\n`);
    chunk(dir, 'index.js', 'hello world');
    const result = runCli(['--bundle', 'dist'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/no findings · scanned 2 files .* · looked for the values of 1 key variable/);
    const json = report(runCli(['--bundle', 'dist', '--format', 'json'], { cwd: dir }));
    expect(json.summary.scanned).toEqual({ folders: ['dist'], variables: ['OPTIMOCMS_API_KEY'] });
  });

  it('reports a key in a minified chunk at the bundle position, traced through the linked map to the source line', () => {
    const dir = project(`OPTIMOCMS_API_KEY=${KEY}\n`);
    const { column } = chunk(dir, 'index-4f2a.js', KEY);
    const result = runCli(['--bundle', 'dist', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(1);
    const [finding, ...rest] = report(result).findings;
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ rule: 'key-in-bundle', file: 'dist/assets/index-4f2a.js', line: 1, column, secret: redacted(KEY), variables: ['OPTIMOCMS_API_KEY'], source: { file: 'src/main.ts', line: 3, column: 13 } });
    expect(finding?.fingerprint).toMatch(/^key-in-bundle:dist\/assets\/index-4f2a\.js:[0-9a-f]{16}$/);
    expect(finding?.cause?.kind).toBe('define');
    const text = runCli(['--bundle', 'dist'], { cwd: dir });
    expect(text.stdout).toContain(`dist/assets/index-4f2a.js:1:${column}  key-in-bundle  ${redacted(KEY)}  from src/main.ts:3:13`);
    expect(text.stdout).toContain('likely cause: src/main.ts reads OPTIMOCMS_API_KEY');
  });

  it("fingerprints findings as the engine does, so that a baseline written by --bundle suppresses them on the next run", () => {
    const dir = project(`OPTIMOCMS_API_KEY=${UNKNOWN_FORMAT}\n`);
    chunk(dir, 'key.js', KEY, 'none');
    chunk(dir, 'value.js', UNKNOWN_FORMAT, 'none');
    const found = report(runCli(['--bundle', 'dist', '--format', 'json'], { cwd: dir })).findings;
    expect(found.map((finding) => [finding.rule, finding.fingerprint])).toEqual([
      ['key-in-bundle', fingerprint('key-in-bundle', 'dist/assets/key.js', KEY)],
      ['env-value-in-bundle', fingerprint('env-value-in-bundle', 'dist/assets/value.js', UNKNOWN_FORMAT)],
    ]);
    expect(runCli(['--bundle', 'dist', '--write-baseline', 'baseline.json'], { cwd: dir }).code).toBe(0);
    const baseline = readFileSync(join(dir, 'baseline.json'), 'utf8');
    expect(baseline).not.toContain(UNKNOWN_FORMAT);
    expect(baseline).not.toContain(KEY);
    const again = runCli(['--bundle', 'dist', '--baseline', 'baseline.json', '--format', 'json'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(report(again).findings).toEqual([]);
    // A key the baseline does not hold is still reported.
    chunk(dir, 'other.js', SANDBOX, 'none');
    const after = runCli(['--bundle', 'dist', '--baseline', 'baseline.json', '--format', 'json'], { cwd: dir });
    expect(after.code).toBe(1);
    expect(report(after).findings.map((finding) => [finding.file, finding.fingerprint])).toEqual([['dist/assets/other.js', fingerprint('key-in-bundle', 'dist/assets/other.js', SANDBOX)]]);
  });

  it('finds the value of a key variable whatever its format, names the variable and never prints the value', () => {
    const dir = project(`OPTIMOCMS_API_KEY=${UNKNOWN_FORMAT}\nSHORT_OPTIMOCMS_TOKEN=abc1234\n`);
    const { column } = chunk(dir, 'app.js', UNKNOWN_FORMAT, 'beside');
    const result = runCli(['--bundle', 'dist', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(1);
    expectNoValue(result);
    expect(report(result).findings).toEqual([
      expect.objectContaining({ rule: 'env-value-in-bundle', file: 'dist/assets/app.js', line: 1, column, secret: 'value of OPTIMOCMS_API_KEY', variables: ['OPTIMOCMS_API_KEY'], source: { file: 'src/main.ts', line: 3, column: 13 } }),
    ]);
    // The 7-character value is below the 8-character floor: not looked for.
    expect(report(result).summary.scanned?.variables).toEqual(['OPTIMOCMS_API_KEY']);
    expectNoValue(runCli(['--bundle', 'dist'], { cwd: dir }));
    expectNoValue(runCli(['--bundle', 'dist', '--format', 'sarif'], { cwd: dir }));
  });

  it('names a browser-public prefix as the cause, and with --env-from-process takes values from the environment', () => {
    const dir = project('# values come from CI\n');
    chunk(dir, 'a.js', UNKNOWN_FORMAT, 'none');
    const without = runCli(['--bundle', 'dist', '--format', 'json'], { cwd: dir, env: { [PUBLIC_KEY_VARIABLE]: UNKNOWN_FORMAT } });
    expect(without.code).toBe(0);
    expect(without.stderr).toContain('env-value-in-bundle: not checked: no key variable');
    const withEnv = runCli(['--bundle', 'dist', '--format', 'json', '--env-from-process'], { cwd: dir, env: { [PUBLIC_KEY_VARIABLE]: UNKNOWN_FORMAT } });
    expect(withEnv.code).toBe(1);
    expectNoValue(withEnv);
    const [finding] = report(withEnv).findings;
    expect(finding).toMatchObject({ rule: 'env-value-in-bundle', variables: [PUBLIC_KEY_VARIABLE], cause: { kind: 'public-prefix' } });
    expect(finding?.cause?.text).toContain('VITE_OPTIMOCMS_API_KEY has the browser-public prefix VITE_');
  });

  it('flags a key serialised into prerendered HTML as a prop from server code, and a key in a map\'s sourcesContent at its original line', () => {
    const dir = project(`OPTIMOCMS_SANDBOX_KEY=${SANDBOX}\n`);
    write(dir, 'dist/index.html', `<!doctype html>\n<script>window.__DATA__={"cms":{"key":"${SANDBOX}"}}</script>\n`);
    const original = `export const config = {\n  key: '${SANDBOX}',\n};\n`;
    write(dir, 'dist/assets/config.js', 'export const config={key:"redacted-at-build"};\n');
    write(dir, 'dist/assets/config.js.map', sourceMap('../../src/config.ts', original, [{ line: 0, column: 0, sourceLine: 0, sourceColumn: 0 }]));
    const findings = report(runCli(['--bundle', 'dist', '--format', 'json'], { cwd: dir })).findings;
    expect(findings.map((finding) => [finding.file, finding.line, finding.rule, finding.source, finding.cause?.kind])).toEqual([
      ['dist/assets/config.js.map', 1, 'key-in-bundle', { file: 'src/config.ts', line: 2, column: 9 }, 'hardcoded'],
      ['dist/index.html', 2, 'key-in-bundle', undefined, 'server-prop'],
    ]);
  });

  it('scans the sourcesContent of an inline (base64) source map, and traces through it', () => {
    const dir = project(`OPTIMOCMS_API_KEY=${UNKNOWN_FORMAT}\n`);
    const original = `// config\nexport const key = '${KEY}';\nexport const other = '${UNKNOWN_FORMAT}';\n`;
    const code = 'export const key="x";';
    const map = sourceMap('../src/config.ts', original, [{ line: 0, column: 0, sourceLine: 1, sourceColumn: 0 }]);
    write(dir, 'dist/inline.js', `${code}\n//# sourceMappingURL=data:application/json;base64,${Buffer.from(map).toString('base64')}\n`);
    const result = runCli(['--bundle', 'dist', '--format', 'json'], { cwd: dir });
    expectNoValue(result);
    expect(report(result).findings.map((finding) => [finding.file, finding.line, finding.column, finding.rule, finding.source, finding.cause?.kind])).toEqual([
      ['dist/inline.js', 2, 22, 'env-value-in-bundle', { file: 'src/config.ts', line: 3, column: 23 }, 'hardcoded'],
      ['dist/inline.js', 2, 22, 'key-in-bundle', { file: 'src/config.ts', line: 2, column: 21 }, 'hardcoded'],
    ]);
  });

  it('keeps a finding whose map does not parse or has no mapping for it, and says so', () => {
    const dir = project(`OPTIMOCMS_API_KEY=${KEY}\n`);
    chunk(dir, 'broken.js', KEY, '{ "version": 3, "mappings": ');
    chunk(dir, 'nowhere.js', KEY, sourceMap('../../src/main.ts', null, []));
    write(dir, 'dist/assets/linked-missing.js', `const k="${KEY}";\n//# sourceMappingURL=gone.js.map\n`);
    const result = runCli(['--bundle', 'dist', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(report(result).findings.map((finding) => [finding.file, finding.rule, finding.source])).toEqual([
      ['dist/assets/broken.js', 'key-in-bundle', undefined],
      ['dist/assets/linked-missing.js', 'key-in-bundle', undefined],
      ['dist/assets/nowhere.js', 'key-in-bundle', undefined],
    ]);
    expect(result.stderr).toMatch(/dist\/assets\/broken\.js: source map broken\.js\.map does not parse \(.*\): findings kept, not traced/);
    expect(result.stderr).toContain('dist/assets/linked-missing.js: source map gone.js.map is linked but cannot be read: findings kept, not traced');
    expect(result.stderr).toContain('dist/assets/nowhere.js: source map nowhere.js.map has no mapping for a finding: kept, not traced');
  });

  it('finds a key in a minified line of several MB at its column, and skips binary assets (counted)', () => {
    const dir = project(`OPTIMOCMS_API_KEY=${UNKNOWN_FORMAT}\n`);
    const filler = 'var a=function(b){return b.c("d",1)};'.repeat(120_000);
    write(dir, 'dist/assets/vendor.js', `${filler}const k="${KEY}";${filler}${UNKNOWN_FORMAT};\n`);
    write(dir, 'dist/logo.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), Buffer.from(UNKNOWN_FORMAT)]));
    const result = runCli(['--bundle', 'dist', '--format', 'json'], { cwd: dir });
    const json = report(result);
    expect(json.findings.map((finding) => [finding.rule, finding.line, finding.column])).toEqual([
      ['key-in-bundle', 1, filler.length + 10],
      ['env-value-in-bundle', 1, filler.length * 2 + KEY.length + 12],
    ]);
    expect(json.summary.skipped.binary).toBe(1);
  });

  it('follows a build folder that is a symlink and says so; a folder of binaries only, an empty or a missing folder exit 2', () => {
    const dir = project(`OPTIMOCMS_API_KEY=${KEY}\n`);
    write(dir, 'releases/r1/assets/x.js', `const k="${KEY}";\n`);
    symlinkSync(join(dir, 'releases/r1'), join(dir, 'dist'));
    const linked = runCli(['--bundle', 'dist', '--format', 'json'], { cwd: dir });
    expect(report(linked).findings.map((finding) => finding.file)).toEqual(['dist/assets/x.js']);
    expect(linked.stderr).toContain('optimocms-scan: dist: is a symbolic link: scanning the folder it points to');

    mkdirSync(join(dir, 'empty'));
    expectOneLineError(runCli(['--bundle', 'empty'], { cwd: dir }), /^optimocms-scan: nothing to scan in empty: no files \(run the build first\); a scan of nothing is not a pass$/);
    expectOneLineError(runCli(['--bundle', 'build'], { cwd: dir }), /^optimocms-scan: build: no such file or directory/);
    write(dir, 'images/a.png', Buffer.from([0x89, 0x50, 0, 0]));
    const binaries = runCli(['--bundle', 'images'], { cwd: dir });
    expect(binaries.code).toBe(2);
    expect(binaries.stderr).toContain('no text file was scanned: nothing was checked');
  });

  it('walks git-ignored output and node_modules in the folder (they ship), never .git; a name that is not UTF-8 is counted unreadable; an inner symlink is skipped', () => {
    const dir = project(`OPTIMOCMS_API_KEY=${KEY}\n`);
    write(dir, '.gitignore', 'dist\n');
    write(dir, 'dist/node_modules/dep/index.js', `const k="${KEY}";\n`);
    write(dir, 'dist/.git/hooks/x.js', `const k="${KEY}";\n`);
    writeFileSync(Buffer.concat([Buffer.from(`${join(dir, 'dist')}/`), Buffer.from([0x61, 0xff, 0x2e, 0x6a, 0x73])]), `const k="${KEY}";\n`);
    symlinkSync(join(dir, 'src/main.ts'), join(dir, 'dist/main.ts'));
    const result = runCli(['--bundle', 'dist', '--format', 'json'], { cwd: dir });
    expect(report(result).findings.filter((finding) => finding.rule === 'key-in-bundle').map((finding) => finding.file)).toEqual(['dist/node_modules/dep/index.js']);
    expect(report(result).summary.skipped).toMatchObject({ symlink: 1, unreadable: 1 });
    expect(result.code).toBe(1);
  });

  it('points SARIF at the original source, with the build file as a related location, and validates', () => {
    const dir = project(`OPTIMOCMS_API_KEY=${KEY}\n`);
    const { column } = chunk(dir, 'index.js', KEY);
    const result = runCli(['--bundle', 'dist', '--format', 'sarif'], { cwd: dir });
    const sarif = JSON.parse(result.stdout) as { runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; locations: unknown[]; relatedLocations: unknown[]; message: { text: string } }[] }[] };
    const run = sarif.runs[0];
    expect(run?.tool.driver.rules.map((rule) => rule.id)).toEqual(['key-in-bundle', 'env-value-in-bundle']);
    expect(run?.results[0]?.locations).toEqual([{ physicalLocation: { artifactLocation: { uri: 'src/main.ts', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 13 } } }]);
    expect(run?.results[0]?.relatedLocations).toEqual([
      { id: 1, physicalLocation: { artifactLocation: { uri: 'dist/assets/index.js', uriBaseId: '%SRCROOT%' }, region: { startLine: 1, startColumn: column, endLine: 1, endColumn: column + KEY.length } }, message: { text: 'where it ships (build output)' } },
    ]);
    expect(run?.results[0]?.message.text).toContain('Likely cause:');
    const require = createRequire(import.meta.url);
    const { $schema: _draft, id: _id, ...schema } = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;
    const validate = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false, logger: false }).compile(schema);
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
  });

  it("with no folders, scans the framework's client output only (Next.js: static chunks, prerendered HTML and RSC payloads; not server code)", () => {
    const dir = project(`OPTIMOCMS_API_KEY=${KEY}\n`);
    write(dir, 'package.json', '{ "name": "next-app", "private": true, "dependencies": { "next": "16.0.0" } }\n');
    write(dir, '.next/static/chunks/app/page-1a2b.js', `self.k="${KEY}";\n`);
    write(dir, '.next/server/app/index.html', `<html><body>${KEY}</body></html>\n`);
    write(dir, '.next/server/app/index.rsc', `1:["$","p",null,{"children":"${KEY}"}]\n`);
    write(dir, '.next/server/app/page.js', `const key="${KEY}";\n`);
    write(dir, '.next/server/chunks/ssr/lib.js', `const key="${KEY}";\n`);
    const json = report(runCli(['--bundle', '--format', 'json'], { cwd: dir }));
    expect(json.findings.map((finding) => `${finding.file} ${finding.cause?.kind}`)).toEqual([
      '.next/server/app/index.html server-prop',
      '.next/server/app/index.rsc server-prop',
      '.next/static/chunks/app/page-1a2b.js unknown',
    ]);
    expect(json.summary.scanned?.folders).toEqual(['.next/static', '.next/server/app']);
    // Server output is scanned when named.
    expect(report(runCli(['--bundle', '.next/server/chunks', '--format', 'json'], { cwd: dir })).findings).toHaveLength(1);
  });

  it('with no folders and no framework, or no build yet, says so and exits 2', () => {
    const dir = project('');
    expectOneLineError(runCli(['--bundle'], { cwd: dir }), /^optimocms-scan: no framework with a client build found in package\.json: name the build folders/);
    write(dir, 'package.json', '{ "name": "spa", "private": true, "devDependencies": { "vite": "8.3.8" } }\n');
    expectOneLineError(runCli(['--bundle'], { cwd: dir }), /^optimocms-scan: nothing to scan: no Vite.* client build output \(dist\) in \.: run the build first, or name the folders$/);
  });

  it('reads files up to 256 MB by default in --bundle and --pack (vendor chunks and maps are large), the size given otherwise; --help lists the flags', () => {
    expect(parseArgs(['--bundle']).maxFileSize).toBe(ARTEFACT_MAX_FILE_SIZE);
    expect(parseArgs(['--pack', 'pkg']).maxFileSize).toBe(ARTEFACT_MAX_FILE_SIZE);
    expect(parseArgs(['--bundle', '--max-file-size', '1MB']).maxFileSize).toBe(1024 * 1024);
    expect(parseArgs([]).maxFileSize).toBe(DEFAULT_MAX_FILE_SIZE);
    for (const flag of ['--bundle', '--env-from-process', '--pack']) expect(HELP_TEXT).toContain(flag);
  });

  it('refuses --env-from-process without --bundle, and --bundle with --staged', () => {
    const dir = temporaryDirectory();
    expectOneLineError(runCli(['--env-from-process'], { cwd: dir }), /--env-from-process applies to --bundle/);
    expectOneLineError(runCli(['--bundle', '--staged'], { cwd: dir }), /--bundle and --staged cannot be combined/);
  });
});
