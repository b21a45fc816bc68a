// Test keys come from @optimocms/test-keys, so that no key-shaped literal sits in the repository's files.
import { KEY_PREFIXES } from '@optimocms/auth-types';
import { GUIDE_EXAMPLE_KEY, keyWithBody } from '@optimocms/test-keys';

export const LIVE = KEY_PREFIXES.live;
export const SANDBOX = KEY_PREFIXES.sandbox;

// Fixed bodies: the tests write the redacted forms (`Q1w2…`, `Zk8J…`) out by hand.
export const LIVE_KEY = keyWithBody('live', 'Q1w2E3r4T5y6U7i8');
export const SANDBOX_KEY = keyWithBody('sandbox', 'Zk8Jh7Gf6Ds5Ap4');
/** The key the OptimoCMS guide shows as hardcoded: reported, not a placeholder. */
export const GUIDE_KEY = GUIDE_EXAMPLE_KEY;
