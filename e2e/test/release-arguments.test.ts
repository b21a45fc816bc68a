// scripts/release.mjs takes no arguments: `--help` or a typo must stop before anything is checked or published.
import path from 'node:path';
import { expect, it } from 'vitest';
import { repoRoot } from './support/packages.js';
import { run } from './support/run.js';

it('refuses any argument in one line, exit 2, before publishing anything', () => {
  for (const argument of ['--help', '--dry-run', 'packages/secret-scan']) {
    const result = run(process.execPath, [path.join(repoRoot, 'scripts/release.mjs'), argument], { cwd: repoRoot, env: { npm_config_registry: 'http://127.0.0.1:9/' } });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`release: unknown argument ${argument}: pnpm release takes none (it publishes every public package after checking each with optimocms-scan --pack)\n`);
  }
});
