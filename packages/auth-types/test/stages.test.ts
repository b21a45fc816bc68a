import { describe, expect, it } from 'vitest';
import { KEY_ENVIRONMENT_PROPERTIES, STAGE_KEY_ENVIRONMENT } from '../src/index.js';

describe('STAGE_KEY_ENVIRONMENT', () => {
  it('gives development and testing sandbox keys and production live keys, as the guide does', () => {
    expect(STAGE_KEY_ENVIRONMENT).toEqual({ development: 'sandbox', test: 'sandbox', staging: undefined, production: 'live' });
    expect(KEY_ENVIRONMENT_PROPERTIES.sandbox.intendedFor).toBe('Development and testing');
    expect(KEY_ENVIRONMENT_PROPERTIES.live.intendedFor).toBe('Production');
  });
});
