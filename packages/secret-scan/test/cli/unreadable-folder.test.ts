import { chmodSync, chownSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRepo, parseReport, runCli, temporaryDirectory, write } from './helpers.js';

// root reads anything: the CLI runs as nobody, over a tree nobody owns (so that git does not refuse it).
const AS_NOBODY = process.getuid?.() === 0 ? { uid: 65534 } : {};

function ownedByNobody(dir: string): void {
  if (process.getuid?.() !== 0) return;
  const walk = (path: string) => {
    chownSync(path, 65534, 65534);
    if (statSync(path).isDirectory()) for (const entry of readdirSync(path)) walk(join(path, entry));
  };
  walk(dir);
}

describe('a folder that cannot be read makes the scan incomplete: named, counted, exit 2', () => {
  for (const [where, make] of [
    ['outside git', temporaryDirectory],
    ['inside a git work tree', createRepo],
  ] as const) {
    it(`${where}`, () => {
      const dir = make();
      write(dir, 'ok.ts', 'export {};\n');
      write(dir, 'locked/deeper/hidden.ts', 'export {};\n');
      ownedByNobody(dir);
      chmodSync(join(dir, 'locked'), 0o000);
      try {
        const result = runCli(['--format', 'json'], { cwd: dir, ...AS_NOBODY });
        expect(result.code).toBe(2);
        expect(parseReport(result).summary.skipped['unreadable']).toBe(1);
        expect(result.stderr).toMatch(/^optimocms-scan: locked: cannot read folder \((EACCES|permission denied)\)\n/);
        expect(result.stderr).toMatch(/the scan is incomplete\n$/);
      } finally {
        chmodSync(join(dir, 'locked'), 0o755);
      }
    });
  }
});
