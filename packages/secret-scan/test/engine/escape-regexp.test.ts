import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/index.js';

describe('escapeRegExp (the public export the plugin, the codemod and the secretlint rule build patterns with)', () => {
  it('makes a fact match itself literally, and nothing else', () => {
    for (const text of ['api.optimocms.com', '/v1', '$env/static/private', 'import.meta.env', 'Deno.env.get', 'a+b*c?(d)[e]{f}|g^h\\i-j']) {
      // With and without the u flag (secretlint compiles its allow patterns with it).
      for (const flags of ['', 'u']) expect(new RegExp(`^${escapeRegExp(text)}$`, flags).test(text)).toBe(true);
    }
    expect(new RegExp(escapeRegExp('api.optimocms.com')).test('apixoptimocms.com')).toBe(false);
    expect(new RegExp(`^(?:${escapeRegExp('a|b')})$`).test('a')).toBe(false);
  });
});
