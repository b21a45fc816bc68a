// The key pattern for each peer's regex dialect, derived from auth-types' KEY_TOKEN (never restated).
import { KEY_PREFIXES, KEY_TOKEN } from '@optimocms/auth-types';

const prefixes = Object.values(KEY_PREFIXES);
const body = `${KEY_TOKEN.bodyCharacterClass}{${KEY_TOKEN.bodyMinLength},}`;
const notBody = KEY_TOKEN.bodyCharacterClass.replace('[', '[^');

/** JavaScript (secretlint's pattern rule): auth-types' own source, lookarounds included. */
export const JS_KEY_PATTERN = KEY_TOKEN.source;

/**
 * ripgrep's default (Rust) engine has no lookaround: the leading boundary becomes a consumed
 * non-body character or line start; the trailing one is implied by the greedy body.
 */
export const RUST_KEY_PATTERN = `(?:^|${notBody})(?:${prefixes.join('|')})${body}`;

/** POSIX ERE for git-secrets (it runs `git grep -wE`, whose -w supplies the boundaries). */
export const ERE_KEY_PATTERN = `(${prefixes.join('|')})${body}`;
