// Everything key-shaped the corpus contains: the planted keys (the only true findings) and the
// near misses a precise scanner must stay silent on. Built at runtime from auth-types' prefixes,
// so no key-shaped literal sits in the benchmark's own files.
import { KEY_PREFIXES, KEY_TOKEN, ENV_VARS, API_KEY_HEADER, SDK } from '@optimocms/auth-types';

// Consonants and digits only: a random body can never spell a placeholder word (your, example,
// fake, test, …) nor be a run of x, so every planted key is a real finding by construction.
const SECRET_BODY_ALPHABET = 'bcdfghjklmnpqrstvwzBCDFGHJKLMNPQRSTVWZ0123456789';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A made-up key of the given environment ('live' | 'sandbox'). */
export function makeKey(rng, environment) {
  return KEY_PREFIXES[environment] + rng.string(SECRET_BODY_ALPHABET, 32);
}

const live = KEY_PREFIXES.live;
const sandbox = KEY_PREFIXES.sandbox;
const minBody = KEY_TOKEN.bodyMinLength;

/**
 * Key-shaped placeholders that documentation and sample code really contain. Regex-only tools
 * report them; the engine's placeholder rules should not.
 */
export function placeholderKeys() {
  return [
    live + 'x'.repeat(minBody + 12),
    sandbox + 'X'.repeat(minBody + 8),
    live + 'yourApiKeyGoesHere',
    sandbox + 'EXAMPLEKEY0000000',
    live + '0'.repeat(minBody + 4),
    sandbox + 'placeholder1234567',
    live + 'REDACTEDREDACTED',
  ];
}

/** Code lines (valid JS and TS statements) that mention keys without containing one. */
export function codeNearMisses(rng) {
  const name = rng.pick(['apiKey', 'key', 'token', 'candidate', 'value']);
  const placeholder = rng.pick(placeholderKeys());
  return rng.pick([
    [`if (${name}.startsWith('${live}')) {`, `  environment = 'live';`, `} else if (${name}.startsWith('${sandbox}')) {`, `  environment = 'sandbox';`, `}`],
    [`const KEY_PATTERN = /^${KEY_TOKEN.commonPrefix}(live|sandbox)_[A-Za-z0-9]{${minBody},}$/;`],
    [`// Example: ${placeholder}`],
    [`const EXAMPLE_KEY = '${placeholder}';`],
    [`const ${name}FromEnv = process.env.${ENV_VARS.apiKey} ?? '';`],
    [`const headers = { '${API_KEY_HEADER}': process.env.${ENV_VARS.apiKey} ?? '' };`],
    [`const isLive = ${name}.startsWith('${live}') && !${name}.includes('${sandbox}');`],
    [`const cmsUrl = 'https://${SDK.apiHost}${SDK.apiVersionPrefix}/pages';`],
  ]);
}

/** Tokens of other vendors, real-looking and placeholder: not OptimoCMS keys, never reported. */
export function otherVendorToken(rng) {
  return rng.pick([
    () => ['sk', 'test', ''].join('_') + rng.string(ALNUM, 24),
    () => ['pk', 'live', ''].join('_') + rng.string(ALNUM, 24),
    () => ['sk', 'live', ''].join('_') + 'X'.repeat(24),
    () => 'gh' + 'p_' + rng.string(ALNUM, 36),
    () => 'AK' + 'IA' + rng.string('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16),
    () => 'AK' + 'IAIOSFODNN7' + 'EXAMPLE',
    () => 'xo' + 'xb-' + rng.string('0123456789', 12) + '-' + rng.string(ALNUM, 24),
    () => 'SG.' + rng.string(ALNUM, 22) + '.' + rng.string(ALNUM, 43),
  ])();
}

/** How a planted key sits in each kind of file: a block of lines for that file kind. */
export const PLANTED_KEY_SITES = [
  { kind: 'ts', environment: 'live', lines: (key) => [`const cms = new ${SDK.clientClass}({ ${SDK.apiKeyOption}: '${key}' });`] },
  { kind: 'tsx', environment: 'sandbox', lines: (key) => [`const previewHeaders = { '${API_KEY_HEADER}': '${key}' };`] },
  { kind: 'js', environment: 'live', lines: (key) => [`fetch('https://${SDK.apiHost}${SDK.apiVersionPrefix}/pages', {`, `  headers: { '${API_KEY_HEADER}': '${key}' },`, `});`] },
  { kind: 'json', environment: 'live', lines: (key) => [`"optimocmsApiKey": "${key}",`] },
  { kind: 'md', environment: 'sandbox', lines: (key) => ['```bash', `curl -H "${API_KEY_HEADER}: ${key}" https://${SDK.apiHost}${SDK.apiVersionPrefix}/pages`, '```'] },
  { kind: 'bundle', environment: 'live', lines: (key) => [`var cmsClient=new Cms({${SDK.apiKeyOption}:"${key}",host:"${SDK.apiHost}"});`] },
  { kind: 'yml', environment: 'sandbox', lines: (key) => [`${ENV_VARS.sandbox}: ${key}`] },
];
