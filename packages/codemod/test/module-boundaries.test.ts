import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from './helpers/project.js';

const SRC = join(PACKAGE_ROOT, 'src');

/** The modules a folder's files import by relative specifier, as `file → specifier`. */
function relativeImports(folder: string): string[] {
  return readdirSync(join(SRC, folder))
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) => [...readFileSync(join(SRC, folder, file), 'utf8').matchAll(/\bfrom\s+'(\.{1,2}\/[^']+)'/g)].map((match) => `${folder}/${file} → ${match[1]}`));
}

// Like next-codemod's transforms: no command imports another's internals; what both need lives in src/ast/.
describe('module boundaries', () => {
  it('scopes/ imports nothing from env-keys/, and env-keys/ nothing from scopes/', () => {
    const scopes = relativeImports('scopes');
    const envKeys = relativeImports('env-keys');
    expect(scopes.some((entry) => entry.includes('../ast/'))).toBe(true);
    expect(scopes.filter((entry) => entry.includes('env-keys/'))).toEqual([]);
    expect(envKeys.filter((entry) => entry.includes('scopes/'))).toEqual([]);
  });

  it('src/ast/ depends on neither command', () => {
    expect(relativeImports('ast').filter((entry) => /env-keys\/|scopes\//.test(entry))).toEqual([]);
  });
});
