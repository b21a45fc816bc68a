import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fingerprint } from '../../src/engine/index.js';
import { testKey } from '@optimocms/test-keys';
import { describe, expect, it } from 'vitest';
import { expectOneLineError, redacted, remember, runCli, temporaryDirectory, write, type CliResult } from './helpers.js';
import { sourceMap } from './source-map-fixture.js';

const KEY = testKey('live', 'pack');
const SANDBOX = testKey('sandbox', 'pack');
remember(KEY, SANDBOX);

interface PackReport {
  findings: { rule: string; file: string; line: number; secret: string; source?: { file: string; line: number; column: number } }[];
  summary: { files: number; scanned?: { packages?: string[] } };
}
const report = (result: CliResult) => JSON.parse(result.stdout) as PackReport;
const rows = (result: CliResult) => report(result).findings.map((finding) => `${finding.file}:${finding.line} ${finding.rule} ${finding.secret}`);

/** A workspace of three packages: one packing its .env, one clean, one private (never published). */
function workspace(): string {
  const dir = temporaryDirectory();
  write(dir, 'package.json', JSON.stringify({ name: 'root', private: true, workspaces: ['packages/*'] }));
  write(dir, 'packages/leaky/package.json', JSON.stringify({ name: '@acme/leaky', version: '1.2.3', files: ['dist', '.env'] }));
  write(dir, 'packages/leaky/.env', `OPTIMOCMS_API_KEY=${KEY}\n`);
  write(dir, 'packages/leaky/dist/index.js', 'export const key = process.env.OPTIMOCMS_API_KEY;\n');
  write(dir, 'packages/leaky/src/secret.ts', `export const k = '${KEY}';\n`);
  write(dir, 'packages/clean/package.json', JSON.stringify({ name: '@acme/clean', version: '1.0.0', files: ['dist'] }));
  write(dir, 'packages/clean/dist/index.js', 'export const key = process.env.OPTIMOCMS_API_KEY;\n');
  write(dir, 'packages/private/package.json', JSON.stringify({ name: '@acme/private', version: '1.0.0', private: true }));
  write(dir, 'packages/private/index.js', `export const k = '${KEY}';\n`);
  return dir;
}

describe('--pack over what npm pack would publish', () => {
  it("checks each public workspace package's packed files: a packed .env and its key are reported, unpacked files are not", () => {
    const dir = workspace();
    const result = runCli(['--pack', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(rows(result)).toEqual([`packages/leaky/.env:1 key-in-package dotenv file`, `packages/leaky/.env:1 key-in-package ${redacted(KEY)}`]);
    expect(report(result).summary.scanned?.packages).toEqual(['@acme/clean@1.0.0', '@acme/leaky@1.2.3']);
    expect(runCli(['--pack'], { cwd: dir }).stdout).toMatch(/2 findings in 1 file · scanned 2 packages, 5 files/);
  });

  it('passes a clean package named by folder, and refuses a folder without package.json', () => {
    const dir = workspace();
    const result = runCli(['--pack', 'packages/clean'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/no findings · scanned 1 package, 2 files/);
    expectOneLineError(runCli(['--pack', 'packages'], { cwd: dir }), /^optimocms-scan: packages: no package\.json, not a package folder/);
  });

  it('reports a packed source map whose sourcesContent holds a key, at the original line', () => {
    const dir = temporaryDirectory();
    write(dir, 'package.json', JSON.stringify({ name: 'maps', version: '1.0.0', files: ['dist'] }));
    write(dir, 'dist/index.js', 'export const client = create();\n//# sourceMappingURL=index.js.map\n');
    write(dir, 'dist/index.js.map', sourceMap('../src/index.ts', `// setup\nconst sandbox = '${SANDBOX}';\n`, [{ line: 0, column: 0, sourceLine: 0, sourceColumn: 0 }]));
    const result = runCli(['--pack', '.', '--format', 'json'], { cwd: dir });
    expect(report(result).findings).toEqual([expect.objectContaining({ rule: 'key-in-package', file: 'dist/index.js.map', source: { file: 'src/index.ts', line: 2, column: 18 } })]);
  });

  it("ignores the config's path allowlist (fixtures may be in git, not in a package) but honours a reviewed fingerprint", () => {
    const dir = temporaryDirectory();
    write(dir, 'package.json', JSON.stringify({ name: 'docs', version: '1.0.0', files: ['README.md', 'test'] }));
    write(dir, 'README.md', `The guide's example: ${KEY}\n`);
    write(dir, 'test/fixtures/key.txt', `${SANDBOX}\n`);
    writeFileSync(join(dir, '.optimocms-scan.json'), JSON.stringify({ allowlist: { paths: ['test/fixtures/**'], fingerprints: [fingerprint('live-key', 'README.md', KEY)] } }));
    expect(runCli(['--format', 'json'], { cwd: dir }).code).toBe(0);
    const result = runCli(['--pack', '.', '--format', 'json'], { cwd: dir });
    expect(rows(result)).toEqual([`test/fixtures/key.txt:1 key-in-package ${redacted(SANDBOX)}`]);
  });
});
