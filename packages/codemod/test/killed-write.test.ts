import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIVE } from './helpers/keys.js';
import { CLI, commitAll, git, tempFolder, write } from './helpers/project.js';

// Preloaded into the codemod: SIGKILL at the moment it would rename the temporary `.env` into place.
const KILL_BEFORE_ENV_RENAME = `data:text/javascript,${encodeURIComponent(`
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const rename = fs.renameSync;
fs.renameSync = (from, to) => {
  if (String(to).endsWith('/.env')) process.kill(process.pid, 'SIGKILL');
  return rename(from, to);
};
syncBuiltinESMExports();
`)}`;

/** Every file of the work tree (outside .git) that holds the key in full. */
function filesHoldingKey(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (name === '.git') continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (readFileSync(path, 'utf8').includes(LIVE)) found.push(relative(folder, path));
    }
  };
  walk(folder);
  return found.sort();
}

describe('env-keys --write killed between writing the temporary .env and renaming it', () => {
  it('leaves no file with the key that git shows, even when the ignore rule names .env exactly', () => {
    const folder = tempFolder();
    write(folder, '.gitignore', '.env\n');
    write(folder, 'src/cms.ts', `import { OptimoCMS } from '@optimocms/sdk';\nexport const cms = new OptimoCMS({ apiKey: '${LIVE}' });\n`);
    commitAll(folder);
    const run = spawnSync(process.execPath, ['--import', KILL_BEFORE_ENV_RENAME, CLI, 'env-keys', '--write'], { cwd: folder, encoding: 'utf8' });
    expect(run.signal).toBe('SIGKILL');
    // Only the source file that was not rewritten yet holds the key: no temporary copy in the work tree.
    expect(filesHoldingKey(folder)).toEqual(['src/cms.ts']);
    expect(git(folder, 'status', '--porcelain', '--ignored=no', '--untracked-files=all')).toBe('');
    expect(git(folder, 'ls-files', '-o', '--exclude-standard')).toBe('');
  });
});
