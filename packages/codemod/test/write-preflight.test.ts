import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIVE, LIVE_2, leakedSecrets } from './helpers/keys.js';
import { CLI, read, runCli, tempFolder, write } from './helpers/project.js';

const sdkFile = (key: string) => `import { OptimoCMS } from '@optimocms/sdk';\nexport const cms = new OptimoCMS({ apiKey: '${key}' });\n`;

function snapshot(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
      else files[`${prefix}${entry.name}`] = read(dir, entry.name);
    }
  };
  walk(folder, '');
  return files;
}

describe('env-keys --write checks every target before writing any', () => {
  // Any one of the files the run would write is read-only: nothing at all is written, .env least of all.
  const TARGETS = ['.gitignore', '.env.example', 'src/a.ts', 'src/b.ts'] as const;

  it('a read-only target: one line, exit 2, and no file written or created', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TARGETS), (readOnly) => {
        const folder = tempFolder();
        write(folder, '.gitignore', 'node_modules\n');
        write(folder, '.env.example', 'OTHER=\n');
        write(folder, 'src/a.ts', sdkFile(LIVE));
        write(folder, 'src/b.ts', sdkFile(LIVE_2));
        chmodSync(join(folder, readOnly), 0o444);
        const before = snapshot(folder);
        const result = runCli(folder, ['env-keys', '--write']);
        expect(result.status).toBe(2);
        expect(result.stderr).toBe(`optimocms-codemod: cannot write ${join(folder, readOnly)}: it is read-only\n`);
        expect(existsSync(join(folder, '.env'))).toBe(false);
        expect(snapshot(folder)).toEqual(before);
        expect(leakedSecrets(result.stdout + result.stderr)).toBe(0);
      }),
      { numRuns: 8 },
    );
  }, 120_000);
});

describe('env-keys and scopes name the folders they could not read', () => {
  const AS_NOBODY = process.getuid?.() === 0 ? { uid: 65534 } : undefined;

  it('--check exits 2 (incomplete) and the report names the folder; scopes exits 2 too', () => {
    const folder = tempFolder();
    write(folder, 'src/ok.ts', 'export const a = 1;\n');
    write(folder, 'locked/hidden.ts', sdkFile(LIVE));
    if (AS_NOBODY) for (const path of ['', 'src', 'src/ok.ts', 'locked', 'locked/hidden.ts']) chownSync(join(folder, path), 65534, 65534);
    chmodSync(join(folder, 'locked'), 0o000);
    try {
      const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: folder, encoding: 'utf8', ...(AS_NOBODY ?? {}) });
      const check = run(['env-keys', '--check', '--json']);
      expect(check.status).toBe(2);
      expect((JSON.parse(check.stdout) as { unreadableFolders: string[] }).unreadableFolders).toEqual(['locked (EACCES)']);
      expect(check.stderr).toBe('optimocms-codemod: 1 folder could not be read: the check is incomplete\n');
      const text = run(['env-keys']);
      expect(text.stdout).toContain('cannot read folder locked (EACCES): its files were not checked');
      const scopes = run(['scopes']);
      expect(scopes.status).toBe(2);
      expect(scopes.stdout).toContain('cannot read folder locked (EACCES): its files were not analysed');
      expect(statSync(join(folder, 'locked')).mode & 0o777).toBe(0);
    } finally {
      chmodSync(join(folder, 'locked'), 0o755);
    }
  });
});
