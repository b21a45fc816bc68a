import { join } from 'node:path';
import { FRAMEWORKS, exportRole, matchesModelGlob, type FileRule, type FrameworkId, type Handoff, type ModuleRole } from '@optimocms/auth-types';
import { moduleKind, type ModuleKind } from '@optimocms/secret-scan';
import { createProjectResolver } from '@optimocms/secret-scan/project';
import type { ScriptBlock } from '../ast/script-blocks.js';
import type { Refusal } from './file-migration.js';

/** Where a file runs, for env-keys: its framework, its kind, and what to tell a human about a key that cannot move. */
export interface FilePlace {
  framework: FrameworkId | undefined;
  /** `client`: shipped to the browser (never rewritten); `mixed`: per export; `shared`: nothing says (rewritten, the build check decides). */
  kind: ModuleKind;
  rule: FileRule | undefined;
  /** For a mixed file: where each export runs. */
  exportRole: (name: string) => ModuleRole;
  /** The manual item for a key in browser code. */
  clientRefusal: Refusal;
  /** The framework's handoffs that apply to this file: values that server code hands to the page. */
  handoffs: Handoff[];
}

const ASTRO_FILE = /\.astro$/i;
const GENERIC_SERVER_PLACE = 'a backend route (an API route or server action) that reads the key from the environment';

/** The step for a key in browser code: the framework's server place for the call (auth-types' `serverPlace`). */
function clientRefusalFor(framework: FrameworkId | undefined, rule: FileRule | undefined): Refusal {
  const model = framework === undefined ? undefined : FRAMEWORKS[framework];
  // A server runtime's own serverPlace says "already server code": for its public/ files, the generic place is the right one.
  const place = model && model.defaultRole !== 'server' ? model.serverPlace : GENERIC_SERVER_PLACE;
  const where = rule && rule.role !== 'server' ? `${rule.what}${model ? `, ${model.name}` : ''}` : model ? `client-side module, ${model.name}` : 'client-side module';
  return {
    kind: 'client-module',
    message: `key in browser code (${where}): an env read here would be inlined by the build or be undefined in the browser, and the key would still ship to every visitor`,
    step: `move this call behind ${place}, then rotate the key`,
  };
}

/**
 * Places files in their project: the framework of the nearest package.json
 * (read once per folder for the whole run) or `--framework`, then the
 * model's file rules and the content markers (secret-scan's `moduleKind`).
 */
export function createFilePlacer(cwd: string, framework?: FrameworkId): (file: string, text: string) => FilePlace {
  const resolver = createProjectResolver(framework === undefined ? {} : { framework });
  return (file, text) => {
    // Only Astro compiles .astro files: without a manifest that says so, they are Astro's all the same.
    const context = resolver.fileContext(join(cwd, file), framework ?? (ASTRO_FILE.test(file) ? 'astro' : undefined));
    const id = context.project.framework;
    return {
      framework: id,
      kind: moduleKind(file, text, { framework: id, projectPath: context.relativePath }),
      rule: context.rule,
      exportRole: (name) => exportRole(id, context.relativePath, name),
      clientRefusal: clientRefusalFor(id, context.rule),
      handoffs: id === undefined ? [] : FRAMEWORKS[id].handoffs.filter((handoff) => handoff.files.some((glob) => matchesModelGlob(glob, context.relativePath))),
    };
  };
}

/**
 * Where a component's part runs: a block the model names (Astro: frontmatter
 * on the server, `<script>` in the browser); markup is rendered into the page,
 * so a key there reaches the browser; otherwise the file's own kind.
 */
export function blockRunsOnServer(place: FilePlace, block: ScriptBlock | undefined): boolean {
  if (block === undefined) return false;
  const role = place.rule?.blocks?.[block.kind];
  if (role !== undefined) return role === 'server';
  return place.kind === 'server';
}
