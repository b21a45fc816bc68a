// Peers that come from Debian packages (ripgrep, git-secrets, time) are installed with apt-get when
// missing, as the benchmark's brief asks; without root or network the peer is reported as unavailable.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export function findExecutable(name) {
  if (name.includes('/')) return canExecute(name) ? name : null;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && canExecute(join(dir, name))) return join(dir, name);
  }
  return null;
}

function canExecute(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

let updated = false;

/** The path of `executable`, installing Debian package `debPackage` first when it is missing; null when that fails. */
export function ensureExecutable(executable, debPackage, log) {
  const found = findExecutable(executable);
  if (found) return found;
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    log(`${executable} is missing and apt-get needs root: install the Debian package "${debPackage}"`);
    return null;
  }
  log(`installing ${debPackage} with apt-get …`);
  const install = () => spawnSync('apt-get', ['install', '-y', '-q', debPackage], { encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  let result = install();
  if (result.status !== 0 && !updated) {
    updated = true;
    spawnSync('apt-get', ['update', '-q'], { encoding: 'utf8' });
    result = install();
  }
  if (result.status !== 0) {
    log(`apt-get install ${debPackage} failed: ${(result.stderr || result.error?.message || '').trim().split('\n').pop()}`);
    return null;
  }
  return findExecutable(executable);
}
