import { beforeAll, describe, expect, it } from 'vitest';
import { runScopes, type ScopesReport } from '../src/index.js';
import { copyProject, write } from './helpers/project.js';

const where = (site: { file: string; line: number; call: string }) => `${site.file}:${site.line} ${site.call}`;

describe('scopes advisor on a fixture app with known calls', () => {
  let report: ScopesReport;
  beforeAll(async () => {
    report = await runScopes({ cwd: copyProject('scopes-app') });
  });

  it('finds the minimal scope set per key env var, with the calls that justify each scope', async () => {
    expect(report.scopes).toEqual(['sites:read', 'pages:read', 'pages:write', 'media:write', 'analytics:read', 'publish:write']);
    expect(report.keys.map((usage) => ({ envVar: usage.envVar, environment: usage.environment, scopes: usage.scopes }))).toEqual([
      { envVar: 'OPTIMOCMS_LIVE_KEY', environment: 'live', scopes: ['sites:read', 'pages:read', 'analytics:read'] },
      { envVar: 'OPTIMOCMS_PUBLISH_KEY', environment: null, scopes: ['pages:write', 'media:write', 'publish:write'] },
    ]);
    const live = report.keys[0];
    expect(live?.calls.map((call) => `${call.scope} ${where(call)}`)).toEqual([
      'pages:read src/pages.ts:3 cms.pages.list()',
      'sites:read src/pages.ts:5 cms.sites.list()',
      'pages:read src/pages.ts:6 cms.pages.get()',
      'analytics:read src/rest.ts:7 GET /v1/sites/${siteId}/analytics',
    ]);
    expect(report.keys[1]?.calls.map((call) => `${call.scope} ${where(call)}`)).toEqual([
      'pages:write src/publisher.ts:13 this.client.pages.update()',
      'media:write src/publisher.ts:14 this.client.media.upload()',
      'publish:write src/publisher.ts:15 this.client.sites.publish()',
      'publish:write src/rest.ts:11 POST /v1/sites/${siteId}/publish',
    ]);
  });

  it('lists the calls it could not map, and ignores requests to other hosts', async () => {
    expect(report.unmapped.map((call) => `${where(call)} (${call.reason})`)).toEqual([
      'src/admin.ts:4 cms.apiKeys.create() (the scope model does not know this call)',
      'src/pages.ts:8 cms.pages.frobnicate() (the scope model does not know this call)',
      'src/rest.ts:15 POST /v1/beta/feature (the scope model does not know this request)',
    ]);
    expect(JSON.stringify(report)).not.toContain('example.org');
  });

  it('compares with the declared keys: exact over-broad and missing lists', async () => {
    expect(report.declared.map(({ name, source, comparedWith, overBroad, missing }) => ({ name, source: source.kind, comparedWith, overBroad, missing: missing.map((item) => ({ scope: item.scope, calls: item.calls.map(where) })) }))).toEqual([
      { name: 'Website', source: 'defineKeys', comparedWith: ['OPTIMOCMS_LIVE_KEY'], overBroad: ['media:read'], missing: [] },
      { name: 'Publisher', source: 'defineKeys', comparedWith: ['OPTIMOCMS_PUBLISH_KEY'], overBroad: [], missing: [{ scope: 'media:write', calls: ['src/publisher.ts:14 this.client.media.upload()'] }] },
      { name: 'Frontend', source: 'apiKeys.create', comparedWith: [], overBroad: ['pages:read'], missing: [] },
    ]);
    expect(report.declared[0]?.scopes).toEqual(['sites:read', 'pages:read', 'media:read', 'analytics:read']);
    expect(report.ok).toBe(false);
  });

  it('is ok when the declared keys match the code exactly', async () => {
    const matching = copyProject('scopes-app');
    write(matching, 'optimocms.keys.ts', `import { defineKeys } from '@optimocms/auth-types';
export default defineKeys([
  { name: 'Website', environment: 'live', envVar: 'OPTIMOCMS_LIVE_KEY', scopes: ['sites:read', 'pages:read', 'analytics:read'] },
  { name: 'Publisher', environment: 'live', envVar: 'OPTIMOCMS_PUBLISH_KEY', scopes: ['pages:write', 'media:write', 'publish:write'] },
]);
`);
    write(matching, 'src/admin.ts', 'export {};\n');
    const result = await runScopes({ cwd: matching });
    expect(result.declared.map((key) => [key.name, key.overBroad, key.missing])).toEqual([
      ['Website', [], []],
      ['Publisher', [], []],
    ]);
    expect(result.ok).toBe(true);
  });

  it('pairs undeclared env vars by environment and says what it cannot pair', async () => {
    const paired = copyProject('scopes-app');
    write(paired, 'optimocms.keys.ts', `import { defineKeys } from '@optimocms/auth-types';
export default defineKeys([
  { name: 'Live', environment: 'live', scopes: ['sites:read', 'pages:read'] },
  { name: 'Sandbox', environment: 'sandbox', scopes: ['pages:read'] },
]);
`);
    write(paired, 'src/admin.ts', 'export {};\n');
    const result = await runScopes({ cwd: paired });
    expect(result.declared.map((key) => ({ name: key.name, comparedWith: key.comparedWith, overBroad: key.overBroad, missing: key.missing.map((item) => item.scope) }))).toEqual([
      { name: 'Live', comparedWith: ['OPTIMOCMS_LIVE_KEY'], overBroad: [], missing: ['analytics:read'] },
      { name: 'Sandbox', comparedWith: [], overBroad: ['pages:read'], missing: [] },
    ]);
    expect(result.notes).toEqual(['calls made with OPTIMOCMS_PUBLISH_KEY could not be paired with a declared key: add envVar to the declarations']);
  });

  it('reports no calls and no mismatch in a project without OptimoCMS', async () => {
    const empty = copyProject('scopes-app');
    for (const file of ['optimocms.keys.ts', 'src/cms.ts', 'src/pages.ts', 'src/publisher.ts', 'src/rest.ts', 'src/admin.ts']) write(empty, file, 'export const nothing = 1;\n');
    const result = await runScopes({ cwd: empty });
    expect(result).toMatchObject({ scopes: [], keys: [], unmapped: [], declared: [], ok: true });
  });
});
