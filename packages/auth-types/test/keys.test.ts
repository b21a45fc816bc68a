import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  API_KEY_HEADER,
  ENV_VARS,
  KEY_MANIFEST,
  KEY_ENVIRONMENT_PROPERTIES,
  KEY_ENV_VAR_NAMES,
  KEY_PREFIXES,
  KEY_TOKEN,
  PUBLIC_ENV_PREFIXES,
  createKeyTokenPattern,
  defineKeys,
  environmentOf,
  isApiKey,
  isApiKeyHeaderName,
  isBrowserPublicEnvName,
  isHeaderSetterMethod,
  isRequestUrlProperty,
  isOptimoSecretEnvName,
  isPublicOptimoSecretEnvName,
  isServerOnlyPath,
  parseApiKey,
  publicEnvBundler,
  publicEnvPrefix,
  targetsOtherHost,
  urlHost,
  type ApiKey,
  type KeyDefinition,
  type LiveApiKey,
  type SandboxApiKey,
} from '../src/index.js';

// Made-up keys, assembled so that no key-shaped literal sits in this file.
const live = (body: string) => `${KEY_PREFIXES.live}${body}`;
const sandbox = (body: string) => `${KEY_PREFIXES.sandbox}${body}`;

describe('key format', () => {
  it('names the header and prefixes', () => {
    expect(API_KEY_HEADER).toBe('X-Api-Key');
    expect(KEY_PREFIXES).toEqual({ live: 'optimo_live_', sandbox: 'optimo_sandbox_' });
    expect(KEY_TOKEN.bodyMinLength).toBe(12);
  });

  it('parses live and sandbox keys into environment and body', () => {
    expect(parseApiKey(live('abc123def456'))).toEqual({ environment: 'live', body: 'abc123def456' });
    expect(parseApiKey(sandbox('Zz09Zz09Zz09Zz'))).toEqual({ environment: 'sandbox', body: 'Zz09Zz09Zz09Zz' });
    expect(isApiKey(live('abc123def456'))).toBe(true);
    expect(environmentOf(sandbox('abc123def456') as ApiKey)).toBe('sandbox');
  });

  it.each([
    live('abc123def45'), // 11 characters: too short
    live('abc123def456-'),
    ` ${live('abc123def456')}`,
    'optimo_test_abc123def456',
    live('abc_123def456'),
    '',
    live('a'.repeat(10_000)),
  ])('rejects %j', (text) => {
    expect(parseApiKey(text)).toBeUndefined();
  });

  it('finds key tokens with the shared pattern, respecting boundaries', () => {
    const text = `a=${live('abc123def456')};x${live('abc123def456')} ${sandbox('Q1w2e3r4t5y6u7')}_`;
    const found = [...text.matchAll(createKeyTokenPattern())].map((match) => match[0]);
    expect(found).toEqual([live('abc123def456'), sandbox('Q1w2e3r4t5y6u7')]);
  });

  it('types keys with template literals', () => {
    expectTypeOf<'optimo_live_x'>().toExtend<LiveApiKey>();
    expectTypeOf<'optimo_sandbox_x'>().toExtend<SandboxApiKey>();
    expectTypeOf<'optimo_test_x'>().not.toExtend<ApiKey>();
  });

  it('tabulates sandbox versus live', () => {
    expect(KEY_ENVIRONMENT_PROPERTIES.live.prefix).toBe(KEY_PREFIXES.live);
    expect(KEY_ENVIRONMENT_PROPERTIES.sandbox.affectsPublishedSites).toBe(false);
    expect(KEY_ENVIRONMENT_PROPERTIES.sandbox.envVar).toBe('OPTIMOCMS_SANDBOX_KEY');
  });
});

describe('environment variables', () => {
  it('has the conventional names', () => {
    expect(ENV_VARS).toEqual({ apiKey: 'OPTIMOCMS_API_KEY', live: 'OPTIMOCMS_LIVE_KEY', sandbox: 'OPTIMOCMS_SANDBOX_KEY' });
    expect(KEY_ENV_VAR_NAMES).toEqual(['OPTIMOCMS_API_KEY', 'OPTIMOCMS_LIVE_KEY', 'OPTIMOCMS_SANDBOX_KEY']);
  });

  it('knows the browser-public prefixes and their bundlers', () => {
    expect(PUBLIC_ENV_PREFIXES.map(({ prefix }) => prefix)).toEqual([
      'NEXT_PUBLIC_', 'VITE_', 'REACT_APP_', 'EXPO_PUBLIC_', 'PUBLIC_', 'NUXT_PUBLIC_', 'GATSBY_', 'VUE_APP_', 'STORYBOOK_',
      'NG_APP_', 'BUN_PUBLIC_',
    ]);
    expect(publicEnvBundler('VITE_OPTIMOCMS_KEY')).toBe('Vite');
    expect(publicEnvBundler('NG_APP_OPTIMOCMS_KEY')).toBe('Angular (@ngx-env/builder)');
    expect(publicEnvBundler('OPTIMOCMS_API_KEY')).toBeUndefined();
    expect(publicEnvPrefix('NEXT_PUBLIC_OPTIMOCMS_KEY')).toBe('NEXT_PUBLIC_');
    expect(publicEnvPrefix('OPTIMOCMS_API_KEY')).toBeUndefined();
    expect(isBrowserPublicEnvName('NUXT_PUBLIC_X')).toBe(true);
  });

  it('tells credential names apart', () => {
    expect(isOptimoSecretEnvName('OPTIMOCMS_API_KEY')).toBe(true);
    expect(isOptimoSecretEnvName('OPTIMOCMS_SITE_ID')).toBe(false);
    expect(isPublicOptimoSecretEnvName('NEXT_PUBLIC_OPTIMOCMS_API_KEY')).toBe(true);
    expect(isPublicOptimoSecretEnvName('NEXT_PUBLIC_OPTIMOCMS_SITE_ID')).toBe(false);
    expect(isPublicOptimoSecretEnvName('PUBLIC_OPTIMOCMS_TOKEN')).toBe(true);
  });
});

describe('module conventions', () => {
  it.each([
    ['app/api/route.server.ts', true],
    ['src/routes/+page.server.js', true],
    ['app/.server/db.ts', true],
    ['src/lib/server/cms.ts', true],
    ['src\\lib\\server\\cms.ts', true],
    ['src/components/Button.tsx', false],
    ['src/server-utils.ts', false],
  ])('%s is server-only: %s', (path, expected) => {
    expect(isServerOnlyPath(path)).toBe(expected);
  });
});

describe('HTTP requests', () => {
  it('knows the header in any case, the setters and the URL properties', () => {
    expect(['X-Api-Key', 'x-api-key', 'X-API-KEY'].map(isApiKeyHeaderName)).toEqual([true, true, true]);
    expect(['X-Api-Keys', 'Authorization', undefined].map(isApiKeyHeaderName)).toEqual([false, false, false]);
    expect(['set', 'append', 'setHeader', 'get'].map(isHeaderSetterMethod)).toEqual([true, true, true, false]);
    expect(['url', 'baseURL', 'prefixUrl', 'prefixURL', 'headers', undefined].map(isRequestUrlProperty)).toEqual([
      true, true, true, true, false, false,
    ]);
  });
});

describe('defineKeys', () => {
  it('is found by its name in the manifest file', () => {
    expect(KEY_MANIFEST).toEqual({ fileName: 'optimocms.keys.ts', helperName: defineKeys.name });
  });

  it('returns its argument, typed', () => {
    const keys = defineKeys([{ name: 'Website', environment: 'live', scopes: ['pages:read'] }]);
    expect(keys).toEqual([{ name: 'Website', environment: 'live', scopes: ['pages:read'] }]);
    expectTypeOf(keys[0]).toExtend<KeyDefinition>();
    // @ts-expect-error a misspelt scope is a type error
    defineKeys([{ name: 'x', environment: 'live', scopes: ['pages:wrte'] }]);
  });
});

describe('targetsOtherHost', () => {
  it('is true only when every absolute URL points elsewhere', () => {
    expect(targetsOtherHost(['https://api.example.com/v1/items'])).toBe(true);
    expect(targetsOtherHost(['https://API.optimocms.com/v1/sites'])).toBe(false);
    expect(targetsOtherHost(['https://api.example.com', 'https://api.optimocms.com/v1'])).toBe(false);
    expect(targetsOtherHost(['/v1/sites', 'not a url'])).toBe(false);
    expect(targetsOtherHost([])).toBe(false);
    expect(urlHost('http://[bad')).toBeUndefined();
  });
});
