/** The header that carries the API key on every request. */
export const API_KEY_HEADER = 'X-Api-Key';

/** Key prefixes per environment. */
export const KEY_PREFIXES = {
  live: 'optimo_live_',
  sandbox: 'optimo_sandbox_',
} as const;

/** `'live' | 'sandbox'`. */
export type KeyEnvironment = keyof typeof KEY_PREFIXES;

/** The environments as a tuple. */
export const KEY_ENVIRONMENTS = ['live', 'sandbox'] as const satisfies readonly KeyEnvironment[];

/** A production key. */
export type LiveApiKey = `${(typeof KEY_PREFIXES)['live']}${string}`;
/** A test-data key. */
export type SandboxApiKey = `${(typeof KEY_PREFIXES)['sandbox']}${string}`;
/** Any OptimoCMS API key. */
export type ApiKey = LiveApiKey | SandboxApiKey;

// Project convention (not in the OptimoCMS guide): the guide shows prefixes and one example key
// (a 12-character alphanumeric body), never a format; body characters, minimum length and boundaries are ours.
/**
 * The shape of a key token: a prefix, then at least 12 characters of
 * `[A-Za-z0-9]`, not preceded or followed by another such character.
 * Data, so that every tool builds its matcher from the same definition.
 */
export const KEY_TOKEN = {
  /** Shared by both prefixes; the cheapest substring to look for first. */
  commonPrefix: 'optimo_',
  bodyCharacterClass: '[A-Za-z0-9]',
  bodyMinLength: 12,
  /** Regular-expression source with one capture group per part: environment, body. */
  source: '(?<![A-Za-z0-9])optimo_(live|sandbox)_([A-Za-z0-9]{12,})(?![A-Za-z0-9])',
} as const;

/** A fresh global regular expression for key tokens (a new one per caller: `lastIndex` is state). */
export function createKeyTokenPattern(): RegExp {
  return new RegExp(KEY_TOKEN.source, 'g');
}

/** A parsed key. */
export interface ParsedApiKey {
  environment: KeyEnvironment;
  body: string;
}

const WHOLE_KEY = new RegExp(`^${KEY_TOKEN.source}$`);

/** Splits a whole key into environment and body; `undefined` when `text` is not exactly one key token. */
export function parseApiKey(text: string): ParsedApiKey | undefined {
  if (text.length > 4096) return undefined;
  const match = WHOLE_KEY.exec(text);
  if (!match) return undefined;
  return { environment: match[1] as KeyEnvironment, body: match[2] as string };
}

/** True when `text` is exactly one key token. */
export function isApiKey(text: string): text is ApiKey {
  return parseApiKey(text) !== undefined;
}

/** The environment a key prefix denotes. */
export function environmentOf(key: ApiKey): KeyEnvironment {
  return key.startsWith(KEY_PREFIXES.live) ? 'live' : 'sandbox';
}

/** How sandbox and live keys differ: the guide's "Sandbox vs. Live keys" table, one field per row. */
export interface KeyEnvironmentProperties {
  readonly prefix: string;
  readonly data: string;
  readonly rateLimits: string;
  readonly cost: string;
  readonly publishing: string;
  /** The "Publishing" row as a boolean: whether publishing with this key changes a live site. */
  readonly affectsPublishedSites: boolean;
  /** "Use sandbox keys for development and testing. Switch to live keys for production." */
  readonly intendedFor: string;
  /** The conventional environment variable for a key of this environment. */
  readonly envVar: string;
}

/** Sandbox versus live keys, in the guide's words. */
export const KEY_ENVIRONMENT_PROPERTIES = {
  sandbox: {
    prefix: KEY_PREFIXES.sandbox,
    data: 'Test data, no real deployments',
    rateLimits: 'Same as your tier',
    cost: "Free (AI calls don't count)",
    publishing: 'No effect (dry-run)',
    affectsPublishedSites: false,
    intendedFor: 'Development and testing',
    // Project convention (not in the OptimoCMS guide): the guide's example reads these names; that every project should use them is ours.
    envVar: 'OPTIMOCMS_SANDBOX_KEY',
  },
  live: {
    prefix: KEY_PREFIXES.live,
    data: 'Production data',
    rateLimits: 'Same as your tier',
    cost: 'Normal',
    publishing: 'Site is actually published',
    affectsPublishedSites: true,
    intendedFor: 'Production',
    // Project convention (not in the OptimoCMS guide): see the sandbox entry.
    envVar: 'OPTIMOCMS_LIVE_KEY',
  },
} as const satisfies Record<KeyEnvironment, KeyEnvironmentProperties>;

/**
 * The stages of a project the guide names, and the key environment it gives
 * each: "Use sandbox keys for development and testing. Switch to live keys
 * for production." and "Create separate keys for development, staging and
 * production." The guide does not say which kind of key staging uses, so it
 * has none here: a staging place is never an environment mismatch.
 */
export const STAGE_KEY_ENVIRONMENT = {
  development: 'sandbox',
  test: 'sandbox',
  staging: undefined,
  production: 'live',
} as const satisfies Record<string, KeyEnvironment | undefined>;

/** `'development' | 'test' | 'staging' | 'production'`: the stages the guide names. */
export type GuideStage = keyof typeof STAGE_KEY_ENVIRONMENT;
