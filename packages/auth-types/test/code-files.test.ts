import { describe, expect, it } from 'vitest';
import {
  CODE_FILE_EXTENSIONS,
  JAVASCRIPT_EXTENSIONS,
  SCRIPT_EXTENSIONS,
  TYPESCRIPT_EXTENSIONS,
  extensionGlob,
  isCodeFile,
  isScriptFile,
  isTypeScriptFile,
} from '../src/index.js';

describe('code-file extensions', () => {
  it.each([
    ['a.ts', true, true, true],
    ['a.D.TSX', true, true, true],
    ['a.cts', true, true, true],
    ['a.mjs', false, true, true],
    ['a.jsx', false, true, true],
    ['a.py', false, false, true],
    ['a.svelte', false, false, true],
    ['a.json', false, false, false],
    ['a.ts.bak', false, false, false],
    ['ts', false, false, false],
  ])('%s: TypeScript %s, script %s, code %s', (path, typescript, script, code) => {
    expect([isTypeScriptFile(path), isScriptFile(path), isCodeFile(path)]).toEqual([typescript, script, code]);
  });

  it('builds a glob alternation and keeps scripts among code files', () => {
    expect(`**/*.test.${extensionGlob(SCRIPT_EXTENSIONS)}`).toBe('**/*.test.{js,jsx,ts,tsx,mjs,cjs,mts,cts}');
    expect(CODE_FILE_EXTENSIONS.slice(0, SCRIPT_EXTENSIONS.length)).toEqual(SCRIPT_EXTENSIONS);
    expect([...TYPESCRIPT_EXTENSIONS, ...JAVASCRIPT_EXTENSIONS].sort()).toEqual([...SCRIPT_EXTENSIONS].sort());
  });
});
