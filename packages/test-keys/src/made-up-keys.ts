import { KEY_PREFIXES, KEY_TOKEN, type ApiKey, type KeyEnvironment } from '@optimocms/auth-types';
import { seededRandom, type Seed } from './seeded-random.js';

// Bodies cycle upper case, lower case, digit, and leave out vowels and x: no
// body can spell a placeholder word (example, your, test, dummy…), hold an
// x run, repeat one character or count up, so the scanner reports every one.
const CLASSES = ['BCDFGHJKLMNPQRSTVWYZ', 'bcdfghjkmnpqrstvwyz', '23456789'] as const;

/** Length of a generated body: above the minimum, like a real key. */
const DEFAULT_BODY_LENGTH = 16;

/** A made-up key body of `[A-Za-z0-9]`, the same for the same seed and length. */
export function testKeyBody(seed: Seed = 0, length: number = DEFAULT_BODY_LENGTH): string {
  const random = seededRandom(seed);
  let body = '';
  for (let i = 0; i < length; i++) {
    const alphabet = CLASSES[i % CLASSES.length] as string;
    body += alphabet[Math.floor(random() * alphabet.length)];
  }
  return body;
}

/** The prefix of `environment` followed by `body`, for tests that need an exact body (boundaries, short bodies). */
export function keyWithBody(environment: KeyEnvironment, body: string): string {
  return `${KEY_PREFIXES[environment]}${body}`;
}

/**
 * A made-up key that the scanner reports as real: deterministic per seed, so a
 * test can name it again (`testKey('live', 'billing')`) and get the same key.
 */
export function testKey(environment: KeyEnvironment = 'live', seed: Seed = 0, length: number = DEFAULT_BODY_LENGTH): ApiKey {
  if (length < KEY_TOKEN.bodyMinLength) throw new RangeError(`a key body has at least ${KEY_TOKEN.bodyMinLength} characters; use keyWithBody for a shorter one`);
  return keyWithBody(environment, testKeyBody(`${environment}:${seed}`, length)) as ApiKey;
}

/** A credential of unknown format (no key prefix): what the generic rule looks for by position. */
export function genericSecret(seed: Seed = 0, length = 20): string {
  return testKeyBody(`generic:${seed}`, length);
}

/** The key the OptimoCMS guide writes in its examples: reported as a hardcoded key, never a placeholder. */
export const GUIDE_EXAMPLE_KEY = keyWithBody('live', 'abc123def456') as ApiKey;
