// The component formats the plugin reads outside a TypeScript program come from the framework model, as the codemod's do.
import { FRAMEWORK_MODELS } from '@optimocms/auth-types';
import { describe, expect, it } from 'vitest';
import { COMPONENT_EXTENSIONS } from '../../src/util/component-usage.js';

describe('COMPONENT_EXTENSIONS', () => {
  it("is the framework model's source extensions plus the plugin's own .mdx", () => {
    const modelExtensions = [...new Set(FRAMEWORK_MODELS.flatMap((model) => model.sourceExtensions))].map((extension) => `.${extension}`);
    expect(modelExtensions.length).toBeGreaterThan(0);
    expect([...COMPONENT_EXTENSIONS].sort()).toEqual([...modelExtensions, '.mdx'].sort());
  });
});
