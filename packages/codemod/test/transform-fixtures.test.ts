import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEnvKeys } from '../src/index.js';
import { FIXTURES, read, tempFolder } from './helpers/project.js';

// One table-driven test over every `NAME.input.EXT` / `NAME.output.EXT` pair, like jscodeshift's defineTest.
const inputs = readdirSync(FIXTURES).filter((file) => /\.input\.[cm]?[jt]sx?$/.test(file)).sort();

describe('fixture pairs', () => {
  it('finds the fixture pairs (.ts, .tsx, .js and .jsx)', async () => {
    expect(inputs.length).toBeGreaterThanOrEqual(12);
    expect(new Set(inputs.map((file) => file.slice(file.lastIndexOf('.'))))).toEqual(new Set(['.ts', '.tsx', '.js', '.jsx']));
  });

  describe.each(inputs)('%s', (input) => {
    const [name, extension] = [input.slice(0, input.indexOf('.input.')), input.slice(input.lastIndexOf('.'))];
    const expected = readFileSync(join(FIXTURES, `${name}.output${extension}`), 'utf8');
    const target = `${name}${extension}`;

    it('becomes the .output file, and a second run changes nothing', async () => {
      const folder = tempFolder();
      copyFileSync(join(FIXTURES, input), join(folder, target));
      const first = await runEnvKeys({ cwd: folder, write: true });
      expect(read(folder, target)).toBe(expected);
      expect(first.summary.errors).toBe(0);
      expect(first.summary.filesChanged).toBe(expected === readFileSync(join(FIXTURES, input), 'utf8') ? 0 : 1);

      const second = await runEnvKeys({ cwd: folder, write: true });
      expect(read(folder, target)).toBe(expected);
      expect(second.summary.filesChanged).toBe(0);
      expect(second.envFiles.every((change) => change.action === 'unchanged')).toBe(true);
    });
  });
});
