import { KEY_TOKEN } from '@optimocms/auth-types';
import { findKeyTokens } from '../../engine/key-tokens.js';
import { keyIdOfSecret } from '../verify/key-id.js';
import { gitQuery } from './git-query.js';

/**
 * Ids of the keys in `HEAD`'s tree: `git grep` hands over only the lines
 * that can hold a key (a key prefix, or an escape that may spell one) and
 * the engine's tokenizer reads them; nothing is written to disk and no key
 * is ever an argument. An empty repository has no `HEAD` and no keys.
 */
export async function keysInHead(dir: string): Promise<Set<string>> {
  const head = await gitQuery(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], dir, { nothingFound: true });
  if (head.trim() === '') return new Set();
  const output = await gitQuery(['grep', '-I', '-h', '--no-color', '-E', '-e', KEY_TOKEN.commonPrefix, '-e', '\\\\[ux]', 'HEAD', '--'], dir, { nothingFound: true });
  const ids = new Set<string>();
  for (const line of output.split('\n')) {
    for (const token of findKeyTokens(line)) ids.add(keyIdOfSecret(token.value));
  }
  return ids;
}
