// Test keys are built at runtime so that no key-shaped literal sits in the repository's files.
import { KEY_PREFIXES } from '@optimocms/auth-types';
import { keyWithBody } from '@optimocms/test-keys';

export const LIVE = KEY_PREFIXES.live;
export const SANDBOX = KEY_PREFIXES.sandbox;

export const LIVE_KEY = keyWithBody('live', 'Tq4Wn8Jc2Hv6Lp9Xr3Zm');
export const SANDBOX_KEY = keyWithBody('sandbox', 'Bk7Ds3Fg9Mq2Yt5Uw8Rc');
