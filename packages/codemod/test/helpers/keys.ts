// The made-up keys of the fixtures, built at run time so that no key-shaped literal sits in this file.
import { keyWithBody } from '@optimocms/test-keys';

export const LIVE = keyWithBody('live', 'Q1w2E3r4T5y6U7i8');
export const LIVE_2 = keyWithBody('live', 'Z9x8C7v6B5n4M3k2');
export const LIVE_3 = keyWithBody('live', 'P0o9I8u7Y6t5R4e3');
export const SANDBOX = keyWithBody('sandbox', 'A1s2D3f4G5h6J7k8');
/** Not key-shaped: a secret by position (SDK apiKey, X-Api-Key header). */
export const GENERIC = ['Gh7Jk9Lm2', 'Np4Qr6St8'].join('');

export const ALL_SECRETS = [LIVE, LIVE_2, LIVE_3, SANDBOX, GENERIC];

/** Asserts, without ever printing it, that no full secret appears in `text`. */
export function leakedSecrets(text: string): number {
  return ALL_SECRETS.filter((secret) => text.includes(secret)).length;
}
