import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/index.js';

// Our scanner runs on this repository: the engine and its tests must hold no key-shaped
// literal and nothing else it would report (test secrets are assembled at run time).
const folders = ['../../src/engine/', './'].map((folder) => fileURLToPath(new URL(folder, import.meta.url)));

describe('the engine and its tests pass their own scan', () => {
  for (const folder of folders) {
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.ts'))) {
      it(`${folder.split('/').slice(-3, -1).join('/')}/${name}`, () => {
        const findings = scanText(readFileSync(folder + name, 'utf8'), { file: name });
        expect(findings.map(({ rule, line, column }) => `${rule} ${line}:${column}`)).toEqual([]);
      });
    }
  }
});
