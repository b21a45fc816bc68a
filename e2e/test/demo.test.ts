// `pnpm demo` (after the build): every tool behaves as expected on a copy of examples/demo-app, which stays untouched.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, inject, it } from 'vitest';
import { run } from './support/run.js';
import { WHOLE_KEY } from './support/two-commits.js';

/** A hash of every file of the example, outside node_modules. */
function snapshot(dir: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !path.relative(dir, entry.parentPath).split(path.sep).includes('node_modules'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) hash.update(`${path.relative(dir, file)}\0`).update(readFileSync(file));
  return hash.digest('hex');
}

it('runs every step, exits 0, never prints a whole key and leaves the example as it was', () => {
  const { repoRoot } = inject('e2e');
  const example = path.join(repoRoot, 'examples/demo-app');
  const before = snapshot(example);
  const result = run(process.execPath, [path.join(repoRoot, 'scripts/demo.mjs')], { cwd: repoRoot });
  expect(result.status, result.output).toBe(0);
  expect(result.stdout).toContain('✔ Demo complete: every tool behaved as expected.');
  for (const section of ['Find the keys', 'Lint the code', 'Preview the migration (dry run)', 'Apply it', 'Check again', 'Which scopes does the code need?']) {
    expect(result.stdout).toContain(section);
  }
  expect(result.output).not.toMatch(WHOLE_KEY);
  expect(snapshot(example)).toBe(before);
});
