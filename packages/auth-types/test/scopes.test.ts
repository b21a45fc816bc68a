import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  SCOPES,
  SCOPE_DEFINITIONS,
  SCOPE_PRESETS,
  isScope,
  isWriteScope,
  parseScope,
  scopesOf,
  suggestScope,
  type Scope,
  type ScopeResource,
} from '../src/index.js';

describe('SCOPES', () => {
  it('lists the guide’s 19 scopes in the guide’s order', () => {
    expect(SCOPES).toEqual([
      'sites:read', 'sites:write', 'pages:read', 'pages:write', 'media:read', 'media:write',
      'analytics:read', 'ai:write', 'publish:write', 'ecommerce:read', 'ecommerce:write',
      'booking:read', 'booking:write', 'loyalty:read', 'loyalty:write', 'webhooks:read',
      'webhooks:write', 'forms:read', 'push:write',
    ]);
  });

  it('describes every scope in the guide’s words, with its resource and access', () => {
    expect(SCOPE_DEFINITIONS['pages:write']).toEqual({
      scope: 'pages:write',
      description: 'Create, update and delete pages',
      resource: 'pages',
      access: 'write',
    });
    expect(SCOPE_DEFINITIONS['ai:write'].description).toBe('AI generation, translation and content assist');
    expect(SCOPE_DEFINITIONS['push:write'].description).toBe('Send push notification campaigns');
    for (const scope of SCOPES) {
      const definition = SCOPE_DEFINITIONS[scope];
      expect(`${definition.resource}:${definition.access}`).toBe(scope);
      expect(definition.description.length).toBeGreaterThan(5);
    }
    expect(Object.isFrozen(SCOPE_DEFINITIONS)).toBe(true);
  });

  it('has the guide’s presets', () => {
    expect(SCOPE_PRESETS.readOnlyContent).toEqual(['sites:read', 'pages:read', 'media:read']);
    expect(SCOPE_PRESETS.ciCdDeploy).toEqual(['sites:read', 'pages:write', 'media:write', 'publish:write']);
  });

  it('groups scopes by resource and tells write scopes apart', () => {
    expect(scopesOf('pages')).toEqual(['pages:read', 'pages:write']);
    expect(scopesOf('publish')).toEqual(['publish:write']);
    expect(scopesOf('nothing')).toEqual([]);
    expect(isWriteScope('publish:write')).toBe(true);
    expect(isWriteScope('forms:read')).toBe(false);
  });
});

describe('isScope / parseScope', () => {
  it('accepts exactly the valid scopes', () => {
    for (const scope of SCOPES) expect(isScope(scope)).toBe(true);
    for (const value of ['pages:wrte', 'PAGES:READ', '', 'pages', null, undefined, 42, ['pages:read'], {}]) {
      expect(isScope(value)).toBe(false);
    }
  });

  it('parses with surrounding whitespace and rejects the rest', () => {
    expect(parseScope('  media:read\n')).toBe('media:read');
    expect(parseScope('media:reads')).toBeUndefined();
    expect(parseScope('x'.repeat(1_000_000))).toBeUndefined();
  });
});

describe('suggestScope', () => {
  it.each([
    ['page:write', 'pages:write'],
    ['site:read', 'sites:read'],
    ['pages:wrte', 'pages:write'],
    ['Media:Read', 'media:read'],
    ['webhook:write', 'webhooks:write'],
    ['bookings:read', 'booking:read'],
    ['ecommerse:read', 'ecommerce:read'],
    ['pages:read', 'pages:read'],
  ])('%s → %s', (typo, expected) => {
    expect(suggestScope(typo)).toBe(expected);
  });

  it.each(['publish:read', 'analytics:write', 'forms:write', 'users:read', 'foo:bar', '', 'x'.repeat(10_000)])(
    '%s has no close scope',
    (text) => {
      expect(suggestScope(text)).toBeUndefined();
    },
  );
});

describe('types', () => {
  it('narrows scopes to the union', () => {
    expectTypeOf<'pages:read'>().toExtend<Scope>();
    expectTypeOf<'pages:wrte'>().not.toExtend<Scope>();
    expectTypeOf<ScopeResource>().toEqualTypeOf<
      | 'sites' | 'pages' | 'media' | 'analytics' | 'ai' | 'publish' | 'ecommerce'
      | 'booking' | 'loyalty' | 'webhooks' | 'forms' | 'push'
    >();
  });
});
