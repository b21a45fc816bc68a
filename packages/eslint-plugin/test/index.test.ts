import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';

const packageJson = createRequire(import.meta.url)('../package.json') as { name: string; version: string };
const ruleNames = Object.keys(plugin.rules);

describe('plugin object', () => {
  it('reads its name and version from package.json', () => {
    expect(plugin.meta).toEqual({ name: packageJson.name, version: packageJson.version, namespace: '@optimocms' });
  });

  it('has the six rules of the contract', () => {
    expect(ruleNames.sort()).toEqual(['no-client-side-api-key', 'no-hardcoded-api-key', 'no-live-key-in-tests', 'no-overbroad-scopes', 'no-swapped-key-environments', 'no-unknown-scope']);
  });

  it('builds recommended from meta.docs.recommended: every rule as an error', () => {
    const { recommended } = plugin.configs;
    expect(recommended.name).toBe('@optimocms/recommended');
    expect(recommended.plugins).toEqual({ '@optimocms': plugin });
    expect(recommended.rules).toEqual(Object.fromEntries(ruleNames.map((name) => [`@optimocms/${name}`, 'error'])));
  });

  it('builds strict with the stricter options, checkUsage included', () => {
    const { strict } = plugin.configs;
    expect(strict.name).toBe('@optimocms/strict');
    expect(strict.plugins?.['@optimocms']).toBe(plugin);
    expect(strict.rules?.['@optimocms/no-overbroad-scopes']).toEqual(['error', { maxScopes: 5, checkUsage: true }]);
    expect(Object.keys(strict.rules ?? {}).sort()).toEqual(ruleNames.map((name) => `@optimocms/${name}`).sort());
  });

  it('gives every rule a docs URL, a description and schemas that describe every property', () => {
    for (const [name, rule] of Object.entries(plugin.rules)) {
      expect(rule.meta.docs?.url).toMatch(new RegExp(`/docs/rules/${name}\\.md$`));
      expect(rule.meta.docs?.description).toMatch(/^Disallow /);
      for (const schema of rule.meta.schema as unknown as { additionalProperties: boolean; properties: Record<string, { description?: string }> }[]) {
        expect(schema.additionalProperties).toBe(false);
        for (const property of Object.values(schema.properties)) expect(property.description).toBeTruthy();
      }
    }
  });
});
