import { describe, expect, it } from 'vitest';
import { assignEnvVarNames } from '../src/index.js';
import { envVarNameProblem } from '../src/env-keys/env-var-names.js';
import { LIVE, LIVE_2, SANDBOX, GENERIC } from './helpers/keys.js';

const live = (value: string) => ({ value, environment: 'live' as const });
const sandbox = (value: string) => ({ value, environment: 'sandbox' as const });
const none = new Map<string, string>();
const nothing = new Set<string>();

function names(result: ReturnType<typeof assignEnvVarNames>): string[] {
  return [...result.names.values()].map((assigned) => assigned.name);
}

describe('assignEnvVarNames', () => {
  it('one distinct key → OPTIMOCMS_API_KEY, whatever its environment', () => {
    expect(names(assignEnvVarNames({ secrets: [sandbox(SANDBOX)], existing: none, referenced: nothing }))).toEqual(['OPTIMOCMS_API_KEY']);
  });

  it('a live and a sandbox key → OPTIMOCMS_LIVE_KEY / OPTIMOCMS_SANDBOX_KEY', () => {
    expect(names(assignEnvVarNames({ secrets: [sandbox(SANDBOX), live(LIVE)], existing: none, referenced: nothing }))).toEqual(['OPTIMOCMS_SANDBOX_KEY', 'OPTIMOCMS_LIVE_KEY']);
  });

  it('further keys get numbered names in order of appearance; unknown formats get OPTIMOCMS_API_KEY', () => {
    const result = assignEnvVarNames({ secrets: [live(LIVE), live(LIVE_2), { value: GENERIC, environment: undefined }], existing: none, referenced: nothing });
    expect(names(result)).toEqual(['OPTIMOCMS_LIVE_KEY', 'OPTIMOCMS_LIVE_KEY_2', 'OPTIMOCMS_API_KEY']);
    expect(result.notes).toEqual([]);
  });

  it('reuses the name under which .env already holds the secret', () => {
    const result = assignEnvVarNames({ secrets: [live(LIVE), sandbox(SANDBOX)], existing: new Map([['CMS_LIVE', LIVE]]), referenced: nothing });
    expect([...result.names.entries()].map(([, assigned]) => assigned)).toEqual([
      { name: 'CMS_LIVE', source: 'existing' },
      { name: 'OPTIMOCMS_SANDBOX_KEY', source: 'new' },
    ]);
  });

  it('skips names .env holds with another value and names the code reads for an unseen key, and says so', () => {
    const result = assignEnvVarNames({
      secrets: [live(LIVE), sandbox(SANDBOX)],
      existing: new Map([['OPTIMOCMS_LIVE_KEY', 'something-else']]),
      referenced: new Set(['OPTIMOCMS_SANDBOX_KEY']),
    });
    expect(names(result)).toEqual(['OPTIMOCMS_LIVE_KEY_2', 'OPTIMOCMS_SANDBOX_KEY_2']);
    expect(result.notes).toEqual([
      'OPTIMOCMS_LIVE_KEY already holds a different value in .env: optimo_live_Q1w2… goes to OPTIMOCMS_LIVE_KEY_2 instead',
      'OPTIMOCMS_SANDBOX_KEY is already read by the code for a key that is not in .env: optimo_sandbox_A1s2… goes to OPTIMOCMS_SANDBOX_KEY_2 instead',
    ]);
  });

  it('--env-var overrides the name of the single key, with the same conflict rule', () => {
    expect(names(assignEnvVarNames({ secrets: [live(LIVE)], override: 'CMS_KEY', existing: none, referenced: nothing }))).toEqual(['CMS_KEY']);
    expect(names(assignEnvVarNames({ secrets: [live(LIVE)], override: 'CMS_KEY', existing: new Map([['CMS_KEY', 'x']]), referenced: nothing }))).toEqual(['CMS_KEY_2']);
  });

  it('never adopts a browser-public name that .env holds the key under: a server-side name instead, and a note', () => {
    const result = assignEnvVarNames({ secrets: [live(LIVE)], existing: new Map([['NEXT_PUBLIC_OPTIMOCMS_KEY', LIVE], ['VITE_CMS', LIVE]]), referenced: nothing });
    expect([...result.names.values()]).toEqual([{ name: 'OPTIMOCMS_API_KEY', source: 'new' }]);
    expect(result.notes).toEqual([
      'NEXT_PUBLIC_OPTIMOCMS_KEY in .env holds optimo_live_Q1w2…, but it is browser-public (bundlers ship it to every visitor): the code reads OPTIMOCMS_API_KEY instead; delete NEXT_PUBLIC_OPTIMOCMS_KEY from .env and rotate the key',
      'VITE_CMS in .env holds optimo_live_Q1w2…, but it is browser-public (bundlers ship it to every visitor): the code reads OPTIMOCMS_API_KEY instead; delete VITE_CMS from .env and rotate the key',
    ]);
  });
});

describe('envVarNameProblem (--env-var)', () => {
  it('refuses names the process environment already owns, in any case', () => {
    for (const name of ['PATH', 'HOME', 'NODE_OPTIONS', 'NODE_ENV', 'Path', 'npm_config_registry', 'LD_PRELOAD', 'PORT']) {
      expect(envVarNameProblem(name), name).toMatch(/already uses: choose a name of your own/);
    }
    for (const name of ['OPTIMOCMS_API_KEY', 'CMS_KEY', 'MY_PATH_KEY']) expect(envVarNameProblem(name), name).toBeUndefined();
  });
});
