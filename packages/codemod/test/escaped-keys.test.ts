// The engine reads keys as a program reads its strings (`'\u006fptimo_live_…'` is a key, as ESLint
// reports it): the codemod must move such a key, or list it, never pass over it in silence.
import { describe, expect, it } from 'vitest';
import { runEnvKeys } from '../src/index.js';
import { LIVE } from './helpers/keys.js';
import { read, tempFolder, write } from './helpers/project.js';

/** `key` with its first character written as a `\u` escape: the file holds no `optimo_`. */
const escapedFirst = (key: string): string => `\\u${key.charCodeAt(0).toString(16).padStart(4, '0')}${key.slice(1)}`;

describe('a key whose prefix is written with escapes', () => {
  it('is moved to .env like a key written plainly', async () => {
    const folder = tempFolder();
    write(folder, 'a.ts', `export const a = '${escapedFirst(LIVE)}';\nexport const b = \`Bearer ${escapedFirst(LIVE)}\`;\n`);
    const report = await runEnvKeys({ cwd: folder, write: true });
    expect(report.manual).toEqual([]);
    expect(read(folder, 'a.ts')).toBe('export const a = process.env.OPTIMOCMS_API_KEY!;\nexport const b = `Bearer ${process.env.OPTIMOCMS_API_KEY}`;\n');
    expect(read(folder, '.env')).toBe(`OPTIMOCMS_API_KEY=${LIVE}\n`);
  });

  it('is a manual item in a comment', async () => {
    const folder = tempFolder();
    write(folder, 'a.ts', `// ${escapedFirst(LIVE)}\nexport const a = 1;\n`);
    const report = await runEnvKeys({ cwd: folder });
    expect(report.manual.map(({ kind, line }) => ({ kind, line }))).toEqual([{ kind: 'comment', line: 1 }]);
  });
});
