import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { LIVE, LIVE_2 } from './helpers/keys.js';
import { read, tempFolder, write } from './helpers/project.js';

const envReads: string[] = [];
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((path: Parameters<typeof fs.readFileSync>[0], ...rest: unknown[]) => {
    if (String(path).endsWith('/.env')) envReads.push(String(path));
    return (fs.readFileSync as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, default: { ...fs, readFileSync }, readFileSync };
});
const { runEnvKeys } = await import('../src/index.js');

const BOM = '\uFEFF';

/** A project (no git) whose `.env` holds `env` and whose code hardcodes `key`. */
function project(env: string, key: string): string {
  const folder = tempFolder();
  write(folder, 'package.json', JSON.stringify({ name: 'app', private: true, dependencies: { express: '^5.0.0' } }));
  write(folder, '.env', env);
  write(folder, 'src/cms.ts', `import { OptimoCMS } from '@optimocms/sdk';\nexport const cms = new OptimoCMS({ apiKey: '${key}' });\n`);
  return folder;
}

describe('env-keys and .env', () => {
  it('reads .env once per run: its keys, its variables and the text the plan appends to', async () => {
    const folder = project(`OPTIMOCMS_OTHER_KEY=${LIVE_2}\n`, LIVE);
    envReads.length = 0;
    const report = await runEnvKeys({ cwd: folder, write: true });
    expect(envReads).toHaveLength(1);
    expect(report.envFiles.map(({ file, action }) => [file, action])).toEqual([['.gitignore', 'create'], ['.env', 'append'], ['.env.example', 'create']]);
    expect(read(folder, '.env')).toBe(`OPTIMOCMS_OTHER_KEY=${LIVE_2}\nOPTIMOCMS_API_KEY=${LIVE}\n`);
  });

  it('a .env with a UTF-8 byte-order mark: its first variable is found by name, and the mark is kept', async () => {
    const folder = project(`${BOM}OPTIMOCMS_API_KEY=${LIVE}\n`, LIVE);
    const report = await runEnvKeys({ cwd: folder, write: true });
    expect(report.variables.map(({ name, source }) => [name, source])).toEqual([['OPTIMOCMS_API_KEY', 'existing']]);
    expect(report.envFiles.find(({ file }) => file === '.env')?.action).toBe('unchanged');
    expect(read(folder, '.env')).toBe(`${BOM}OPTIMOCMS_API_KEY=${LIVE}\n`);
    expect(read(folder, 'src/cms.ts')).toContain('process.env.OPTIMOCMS_API_KEY');

    const other = project(`${BOM}OPTIMOCMS_OTHER_KEY=${LIVE_2}\n`, LIVE);
    await runEnvKeys({ cwd: other, write: true });
    expect(read(other, '.env')).toBe(`${BOM}OPTIMOCMS_OTHER_KEY=${LIVE_2}\nOPTIMOCMS_API_KEY=${LIVE}\n`);
  });

  it('a UTF-16 .env is read, and a run that would append to it stops before anything is written', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`OPTIMOCMS_OTHER_KEY=${LIVE_2}\n`, 'utf16le')]);
    const folder = project('', LIVE);
    writeFileSync(join(folder, '.env'), utf16);
    await expect(runEnvKeys({ cwd: folder, write: true })).rejects.toThrow(/^\.env is UTF-16LE text \(its byte-order mark says so\): adding OPTIMOCMS_API_KEY would change its other bytes; convert it to UTF-8, then run again$/);
    expect(readFileSync(join(folder, '.env'))).toEqual(utf16);
    expect(read(folder, 'src/cms.ts')).toContain(LIVE);
    // Nothing to append (the key is already there under its name): the code is rewritten, .env left as it is.
    const holding = project('', LIVE);
    const same = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`OPTIMOCMS_API_KEY=${LIVE}\n`, 'utf16le')]);
    writeFileSync(join(holding, '.env'), same);
    const report = await runEnvKeys({ cwd: holding, write: true });
    expect(report.envFiles.find(({ file }) => file === '.env')?.action).toBe('unchanged');
    expect(readFileSync(join(holding, '.env'))).toEqual(same);
    expect(read(holding, 'src/cms.ts')).toContain('process.env.OPTIMOCMS_API_KEY');
  });

  it('a .env that is not a text file stops the run before anything is written over it', async () => {
    const folder = project('binary\0data\n', LIVE);
    await expect(runEnvKeys({ cwd: folder, write: true })).rejects.toThrow('.env is not a text file: move it away, then run again');
    expect(read(folder, '.env')).toBe('binary\0data\n');
    expect(read(folder, 'src/cms.ts')).toContain(LIVE);
  });
});
