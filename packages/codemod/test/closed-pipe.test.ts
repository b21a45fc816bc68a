import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { testKey } from '@optimocms/test-keys';
import { describe, expect, it } from 'vitest';
import { CLI, tempFolder, write } from './helpers/project.js';

// Both CLIs, so that the shared handling is checked where users meet it.
const SCANNER = join(dirname(createRequire(import.meta.url).resolve('@optimocms/secret-scan/package.json')), 'dist', 'cli', 'main.js');

/** Runs `node <cli> <args> | head -c 1`: the reader closes the pipe while the CLI still writes. Returns the CLI's stderr and exit code. */
function intoClosedPipe(cli: string, args: readonly string[], cwd: string): { stderr: string; code: number } {
  const quoted = [process.execPath, cli, ...args].map((word) => `'${word.replace(/'/g, `'\\''`)}'`).join(' ');
  const shell = spawnSync('sh', ['-c', `{ ${quoted} 2>stderr.txt; echo $? >code.txt; } | head -c 1 >/dev/null`], { cwd, encoding: 'utf8' });
  expect(shell.status).toBe(0);
  const read = (file: string) => spawnSync('cat', [file], { cwd, encoding: 'utf8' }).stdout;
  return { stderr: read('stderr.txt'), code: Number(read('code.txt').trim()) };
}

describe('a closed output pipe (| head)', () => {
  const project = () => {
    const folder = tempFolder();
    // Enough output (over the 64 KiB a pipe buffers) that the CLI is still writing when the reader has gone.
    for (let i = 0; i < 300; i++) write(folder, `src/f${i}.ts`, `import { OptimoCMS } from '@optimocms/sdk';\nexport const c = new OptimoCMS({ apiKey: '${testKey('live', i)}' });\n`);
    return folder;
  };

  it.each([
    ['optimocms-codemod env-keys', CLI, ['env-keys']],
    ['optimocms-codemod env-keys --json', CLI, ['env-keys', '--json']],
    ['optimocms-scan --format json', SCANNER, ['--format', 'json']],
  ])('%s: no stack trace, no error output', (_name, cli, args) => {
    const folder = project();
    const { stderr, code } = intoClosedPipe(cli, args, folder);
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(stderr).toBe('');
    expect([0, 1]).toContain(code);
  }, 60_000);
});
