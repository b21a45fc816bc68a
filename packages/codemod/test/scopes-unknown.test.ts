import { describe, expect, it } from 'vitest';
import { formatScopesText } from '../src/report/scopes-text.js';
import { runScopes } from '../src/index.js';
import { runCli, tempFolder, write } from './helpers/project.js';

const plain = { bold: String, dim: String, green: String, red: String, yellow: String, cyan: String } as unknown as Parameters<typeof formatScopesText>[1];

function project(scopes: string): string {
  const folder = tempFolder();
  write(folder, 'optimocms.keys.ts', `import { defineKeys, SCOPE_PRESETS } from '@optimocms/auth-types';
import { scopesFromServer } from './scopes.js';
export default defineKeys([{ name: 'Website', environment: 'live', envVar: 'OPTIMOCMS_LIVE_KEY', scopes: ${scopes} }]);
`);
  write(folder, 'src/pages.ts', `import { OptimoCMS } from '@optimocms/sdk';
const cms = new OptimoCMS({ apiKey: process.env.OPTIMOCMS_LIVE_KEY });
export const pages = () => cms.pages.list();
`);
  return folder;
}

describe('scopes: a declared key whose scope list cannot be read statically', () => {
  // Each a scope list with a part that is not static, whatever the rest holds.
  for (const scopes of ['scopesFromServer()', "['pages:read', ...scopesFromServer()]", 'SCOPE_PRESETS.noSuchPreset', "[...(process.env.X ? ['pages:read'] : [])]"]) {
    it(`${scopes}: "unknown", never "ok" or a missing scope; the CLI exits 2 (incomplete)`, async () => {
      const folder = project(scopes);
      const report = await runScopes({ cwd: folder });
      expect(report.declared.map((key) => [key.name, key.status, key.missing.length])).toEqual([['Website', 'unknown', 0]]);
      expect(report.incomplete).toBe(true);
      const text = formatScopesText(report, plain);
      expect(text).toMatch(/"Website" .*: unknown\n/);
      expect(text).not.toMatch(/: ok\n/);
      const cli = runCli(folder, ['scopes']);
      expect(cli.status).toBe(2);
      expect(cli.stderr).toBe('optimocms-codemod: the scopes of some declared keys could not be read statically: the check is incomplete\n');
    });
  }

  it('a fully static list that matches is still "ok", exit 0', async () => {
    const folder = project("['pages:read']");
    const report = await runScopes({ cwd: folder });
    expect(report.declared.map((key) => key.status)).toEqual(['compared']);
    expect(formatScopesText(report, plain)).toMatch(/"Website" .*: ok\n/);
    expect(runCli(folder, ['scopes']).status).toBe(0);
  });
});
