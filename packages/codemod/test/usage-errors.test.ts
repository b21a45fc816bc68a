import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLI, tempFolder } from './helpers/project.js';

const SCANNER = join(dirname(createRequire(import.meta.url).resolve('@optimocms/secret-scan/package.json')), 'dist', 'cli', 'main.js');

function run(cli: string, args: readonly string[], cwd: string) {
  return spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
}

describe('usage errors of both CLIs are one line, exit 2, labelled as usage (never "unexpected error")', () => {
  const UNKNOWN_OPTION = fc.stringMatching(/^[a-z][a-z-]{0,10}$/).map((name) => `--zz-${name}`);

  it.each([
    ['optimocms-codemod env-keys', CLI, ['env-keys']],
    ['optimocms-codemod scopes', CLI, ['scopes']],
    ['optimocms-scan', SCANNER, []],
  ])('%s with an unknown option', (_name, cli, command) => {
    const folder = tempFolder();
    fc.assert(
      fc.property(UNKNOWN_OPTION, (option) => {
        const result = run(cli, [...command, option], folder);
        expect(result.status).toBe(2);
        expect(result.stderr.split('\n')).toHaveLength(2);
        expect(result.stderr).not.toMatch(/unexpected error|\n\s+at /);
        expect(result.stderr).toMatch(/--help/);
      }),
      { numRuns: 4 },
    );
  }, 60_000);

  it('a missing path and a bad --env-var are usage errors too', () => {
    const folder = tempFolder();
    for (const args of [['env-keys', 'no/such/path'], ['env-keys', '--env-var', '1bad'], ['scopes', '--json=1'], ['frobnicate']]) {
      const result = run(CLI, args, folder);
      expect(result.status).toBe(2);
      expect(result.stderr).not.toMatch(/unexpected error/);
      expect(result.stderr).toMatch(/\(run 'optimocms-codemod --help' for usage\)\n$/);
    }
  });
});
