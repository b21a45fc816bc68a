import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appendLines, formatDotenvValue, parseDotenv } from '../src/env-keys/dotenv.js';
import { LIVE } from './helpers/keys.js';
import { read, tempFolder, write } from './helpers/project.js';

const writes: string[] = [];
vi.mock('../src/files/atomic-write.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/files/atomic-write.js')>();
  return {
    writeFileAtomic: (path: string, content: string, mode?: number) => {
      writes.push(path.slice(path.lastIndexOf('/') + 1));
      original.writeFileAtomic(path, content, mode);
    },
  };
});
const { planEnvFiles, readEnvFile, writeEnvFiles } = await import('../src/env-keys/env-files.js');

describe('dotenv files', () => {
  beforeEach(() => {
    writes.length = 0;
  });

  it('parses names, quoted values, export and inline comments', () => {
    const parsed = parseDotenv('# comment\nexport A=1\nB="two words" # note\nC=three # note\nD=\n  E = spaced  \nnot a line\n');
    expect([...parsed]).toEqual([['A', '1'], ['B', 'two words'], ['C', 'three'], ['D', ''], ['E', 'spaced']]);
  });

  it('quotes a value only when a parser would misread it', () => {
    expect(formatDotenvValue(LIVE)).toBe(LIVE);
    expect(formatDotenvValue('a b#c"d')).toBe(`'a b#c"d'`);
    expect(parseDotenv(`X=${formatDotenvValue('a b#c')}`).get('X')).toBe('a b#c');
  });

  it('appends on a line of its own', () => {
    expect(appendLines('A=1', ['B=2'])).toBe('A=1\nB=2\n');
    expect(appendLines('', ['B=2'])).toBe('B=2\n');
    expect(appendLines('A=1\n', [])).toBe('A=1\n');
  });

  it('writes .gitignore before .env, then .env.example', () => {
    const folder = tempFolder();
    const plan = planEnvFiles(folder, false, readEnvFile(folder), [{ name: 'OPTIMOCMS_API_KEY', value: LIVE, source: 'new' }]);
    writeEnvFiles(folder, plan);
    expect(writes).toEqual(['.gitignore', '.env', '.env.example']);
    expect(read(folder, '.env')).toBe(`OPTIMOCMS_API_KEY=${LIVE}\n`);
  });

  it('plans nothing when .env is already ignored and every name is present', () => {
    const folder = tempFolder();
    write(folder, '.gitignore', '*.env\n.env\n');
    write(folder, '.env', `OPTIMOCMS_API_KEY=${LIVE}\n`);
    write(folder, '.env.example', 'OPTIMOCMS_API_KEY=\n');
    const plan = planEnvFiles(folder, false, readEnvFile(folder), [{ name: 'OPTIMOCMS_API_KEY', value: LIVE, source: 'existing' }]);
    expect([plan.gitignore.action, plan.env.action, plan.envExample.action]).toEqual(['unchanged', 'unchanged', 'unchanged']);
    writeEnvFiles(folder, plan);
    expect(writes).toEqual([]);
  });
});
