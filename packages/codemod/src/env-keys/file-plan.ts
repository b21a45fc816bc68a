import { FRAMEWORKS } from '@optimocms/auth-types';
import type { KeyToken } from '@optimocms/secret-scan';
import { blockAt, COMPONENT_FILE, scriptBlocks, type ScriptBlock } from '../ast/script-blocks.js';
import { blockRunsOnServer, type FilePlace } from './file-place.js';
import type { MigrationInput, Refusal } from './file-migration.js';
import { manualItemsFor } from './non-code-files.js';
import { serverReadOf, type ServerRead } from './server-reads.js';
import type { ManualItem } from './types.js';

/** What env-keys does with one code file: items for a human now, and what (if anything) goes to the migrator. */
export interface FilePlan {
  manual: ManualItem[];
  migration?: Omit<MigrationInput, 'file' | 'text'>;
  /** Rewritten as server code though no rule places it, in a framework that ships browser code: only the build can tell. */
  unplaced?: boolean;
}

/** A Worker reads secrets from its `env` parameter: there is no global to rewrite to. */
function bindingRefusal(read: ServerRead, place: FilePlace): Refusal | undefined {
  if (read.kind !== 'binding' || place.framework === undefined) return undefined;
  return {
    kind: 'env-binding',
    message: `key in ${FRAMEWORKS[place.framework].name} code: the runtime has no process.env; secrets arrive on the ${read.name} binding`,
    step: `store it as a secret (wrangler secret put OPTIMOCMS_API_KEY; .dev.vars for local runs), read ${read.name}.OPTIMOCMS_API_KEY from the handler's ${read.name} parameter (or import { env } from 'cloudflare:workers'), then rotate the key`,
  };
}

function markupRefusal(place: FilePlace): Refusal {
  return { ...place.clientRefusal, message: place.clientRefusal.message.replace(/^key in browser code/, "key in the component's markup (rendered into the page)") };
}

/** A component: server blocks (Astro frontmatter) are migrated, one per run; browser blocks and markup are refused. */
function componentPlan(file: string, text: string, tokens: readonly KeyToken[], place: FilePlace, checkGeneric: boolean): FilePlan {
  const blocks = scriptBlocks(file, text);
  const manual: ManualItem[] = [];
  let target: ScriptBlock | undefined;
  const deferred: KeyToken[] = [];
  for (const token of tokens) {
    const block = blockAt(blocks, token.start);
    if (blockRunsOnServer(place, block)) {
      target ??= block;
      if (block !== target) deferred.push(token);
      continue;
    }
    manual.push(...manualItemsFor(file, text, [token], block ? place.clientRefusal : markupRefusal(place)));
  }
  // The migrator edits one block per file; a second server block (rare: a .server.vue with two scripts) waits for the next run.
  if (deferred.length > 0) {
    manual.push(...manualItemsFor(file, text, deferred, { kind: 'unsupported-position', message: 'key in a second server block of the component', step: 'run the codemod again after this run is written: it migrates one block per file and run' }));
  }
  target ??= checkGeneric ? blocks.find((block) => blockRunsOnServer(place, block)) : undefined;
  if (!target) return { manual };
  const read = serverReadOf(place.framework);
  const refusal = bindingRefusal(read, place);
  return { manual, migration: { tokens, checkGeneric, read, block: target, ...(refusal ? { bindingRefusal: refusal } : {}) } };
}

/**
 * Decides, from the file's place, what env-keys may do: never rewrite a
 * key in browser code (it becomes a manual item naming the framework's
 * server place); rewrite server code to the framework's read; in a mixed
 * file, rewrite only inside server-only exports.
 */
export function planFile(file: string, text: string, tokens: readonly KeyToken[], place: FilePlace, checkGeneric: boolean): FilePlan {
  if (COMPONENT_FILE.test(file)) return componentPlan(file, text, tokens, place, checkGeneric);
  if (place.kind === 'client') {
    if (!checkGeneric) return { manual: manualItemsFor(file, text, tokens, place.clientRefusal) };
    // Secrets of unknown format are found on the parse tree only: parsed to be reported, never rewritten.
    return { manual: [], migration: { tokens, checkGeneric, exportRole: () => 'client', clientRefusal: place.clientRefusal } };
  }
  const read = serverReadOf(place.framework);
  const refusal = bindingRefusal(read, place);
  return {
    manual: [],
    ...(place.kind === 'shared' && place.framework !== undefined && FRAMEWORKS[place.framework].clientOutput.length > 0 ? { unplaced: true } : {}),
    migration: {
      tokens,
      checkGeneric,
      read,
      ...(refusal ? { bindingRefusal: refusal } : {}),
      ...(place.kind === 'mixed' ? { exportRole: place.exportRole, clientRefusal: place.clientRefusal } : {}),
      ...(place.handoffs.length > 0 ? { handoffs: place.handoffs } : {}),
    },
  };
}
