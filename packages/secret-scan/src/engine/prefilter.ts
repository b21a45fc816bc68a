import { API_KEY_HEADER, ENV_VAR_PREFIX, KEY_TOKEN } from '@optimocms/auth-types';
import { escapeRegExp } from './escape-regexp.js';
import { escapesPrefixCharacter, type CodeAt } from './escapes.js';

const KEY_MARKER = KEY_TOKEN.commonPrefix;
// Every OptimoCMS variable name contains it (`isOptimoSecretEnvName`): `OPTIMOCMS` without the trailing `_`.
export const NAME_MARKER = ENV_VAR_PREFIX.slice(0, -1);
const HEADER = API_KEY_HEADER.toLowerCase();

// Every finding needs one of these: a key prefix, an OptimoCMS variable name or the
// header name (in any case). One case-insensitive alternation of literals is the
// cheapest full pass V8 offers (measured faster than one `indexOf` per marker); the
// case of key prefixes and names is checked per hit, so `@optimocms/sdk` costs little.
// No marker can start inside another, so no hit hides another.
const MARKERS = new RegExp([KEY_MARKER, NAME_MARKER, API_KEY_HEADER].map(escapeRegExp).join('|'), 'gi');

/** Where rules may match, from one pass over the text. */
export interface Candidates {
  /** Whether a key prefix (`optimo_`, exact case) occurs, or an escape of one of its characters (`\u006f`). */
  keyPrefix: boolean;
  /** Offsets of `OPTIMOCMS` (exact case), the start of every OptimoCMS variable name's marker. */
  names: number[];
  /** Offsets of the header name, in any case. */
  headers: number[];
}

/** One pass over `text` that finds where rules can possibly match. */
export function findCandidates(text: string): Candidates {
  const found: Candidates = { keyPrefix: false, names: [], headers: [] };
  MARKERS.lastIndex = 0;
  for (let match = MARKERS.exec(text); match; match = MARKERS.exec(text)) {
    const marker = match[0];
    if (marker === KEY_MARKER) found.keyPrefix = true;
    else if (marker === NAME_MARKER) found.names.push(match.index);
    else if (marker.toLowerCase() === HEADER) found.headers.push(match.index);
  }
  if (!found.keyPrefix) found.keyPrefix = hasEscapedPrefixCharacter(text);
  return found;
}

/** True when a backslash escape writes a character of a key prefix: an escaped key may hold no literal marker. */
function hasEscapedPrefixCharacter(text: string): boolean {
  const codeAt: CodeAt = (index) => text.charCodeAt(index);
  for (let at = text.indexOf('\\'); at !== -1; at = text.indexOf('\\', at + 1)) if (escapesPrefixCharacter(codeAt, at)) return true;
  return false;
}

/**
 * False when no rule can match `text`: the one full pass that text without
 * any marker costs, and one over its backslashes. The markers are ASCII, so the answer is the same for
 * UTF-8 bytes decoded as Latin-1, which lets a caller skip UTF-8 decoding of
 * files that cannot contain a finding.
 */
export function mayContainFindings(text: string): boolean {
  const { keyPrefix, names, headers } = findCandidates(text);
  return keyPrefix || names.length > 0 || headers.length > 0;
}
