import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REST_SCOPE_MODEL, SDK_SCOPE_MODEL, isScope, requiredScope, requiredScopeForRequest } from '../src/index.js';

describe('requiredScope (SDK calls)', () => {
  it.each([
    ['pages', 'create', 'pages:write'],
    ['sites', 'list', 'sites:read'],
    ['sites', 'publish', 'publish:write'],
    ['ai', 'translate', 'ai:write'],
    ['products', 'list', 'ecommerce:read'],
    ['bookings', 'create', 'booking:write'],
    ['loyalty', 'redeem', 'loyalty:write'],
    ['forms', 'submissions', 'forms:read'],
    ['push', 'send', 'push:write'],
  ])('cms.%s.%s → %s', (resource, operation, scope) => {
    expect(requiredScope(resource, operation)).toBe(scope);
  });

  it.each([['pages', 'frobnicate'], ['users', 'list'], ['toString', 'call'], ['pages', 'constructor']])(
    'cms.%s.%s is unknown',
    (resource, operation) => {
      expect(requiredScope(resource, operation)).toBeUndefined();
    },
  );

  it('maps only to valid scopes', () => {
    for (const operations of Object.values(SDK_SCOPE_MODEL)) {
      for (const scope of Object.values(operations)) expect(isScope(scope)).toBe(true);
    }
  });
});

describe('requiredScopeForRequest (REST)', () => {
  it.each([
    ['GET', '/v1/sites', 'sites:read'],
    ['get', 'https://api.optimocms.com/v1/sites?limit=10', 'sites:read'],
    ['POST', '/v1/sites/site_abc/publish', 'publish:write'],
    ['POST', '/v1/sites/{id}/pages', 'pages:write'],
    ['DELETE', '/v1/sites/s1/media/m1', 'media:write'],
    ['GET', '/v1/sites/s1/forms/f1/submissions', 'forms:read'],
    ['POST', '/v1/ai/translate', 'ai:write'],
  ])('%s %s → %s', (method, path, scope) => {
    expect(requiredScopeForRequest(method, path)).toBe(scope);
  });

  it.each([['GET', '/v2/sites'], ['PATCH', '/v1/sites/s1/publish'], ['GET', '/v1/sites/s1/pages/p1/extra'], ['TRACE', '/v1/sites']])(
    '%s %s is unknown',
    (method, path) => {
      expect(requiredScopeForRequest(method, path)).toBeUndefined();
    },
  );

  it('has no two routes for the same request', () => {
    const keys = REST_SCOPE_MODEL.map(({ method, path }) => `${method} ${path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('README', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  it('documents every SDK call of the model', () => {
    for (const [resource, operations] of Object.entries(SDK_SCOPE_MODEL)) {
      for (const [operation, scope] of Object.entries(operations)) {
        expect(readme).toContain(`| \`cms.${resource}.${operation}()\` | \`${scope}\` |`);
      }
    }
  });
  it('documents every REST route of the model', () => {
    for (const { method, path, scope } of REST_SCOPE_MODEL) {
      expect(readme).toContain(`| \`${method} ${path}\` | \`${scope}\` |`);
    }
  });
});
