import type { KeyEnvironment } from '@optimocms/auth-types';
import { keyWithBody } from './made-up-keys.js';

/** Key-shaped bodies that people write instead of a key, one per kind the scanner must ignore. */
const PLACEHOLDER_BODIES = {
  x: 'xxxxxxxxxxxx',
  your: 'YourApiKeyHere',
  example: 'exampleKey1234',
  repeated: '000000000000',
  sequence: '123456789012',
} as const;

export type PlaceholderStyle = keyof typeof PLACEHOLDER_BODIES;

/** Every style, for a test that checks all of them. */
export const PLACEHOLDER_STYLES = Object.keys(PLACEHOLDER_BODIES) as PlaceholderStyle[];

/** A key-shaped placeholder (`<prefix>xxxxxxxxxxxx`, `<prefix>YourApiKeyHere`…): never reported. */
export function placeholderKey(environment: KeyEnvironment = 'live', style: PlaceholderStyle = 'x'): string {
  return keyWithBody(environment, PLACEHOLDER_BODIES[style]);
}
