import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENV_VAR_PREFIX, FRAMEWORK_MODELS, matchesModelGlob } from '@optimocms/auth-types';
import { slashRelative } from '../../cli-kit/file-root.js';
import type { BuildHints } from './likely-cause.js';

/** The config files whose settings inline variables into client code, from the framework model (its inline settings). */
const CONFIG_GLOBS = [...new Set(FRAMEWORK_MODELS.flatMap((model) => model.inlineSettings.map((setting) => setting.file)))];
/** Settings that widen the public prefix: Vite and Astro `envPrefix`, SvelteKit `publicPrefix`. */
const ENV_PREFIX = /(?:envPrefix|publicPrefix)\s*:\s*(\[[^\]]*\]|'[^']*'|"[^"]*"|`[^`]*`)/g;
const QUOTED = /'([^']*)'|"([^"]*)"|`([^`]*)`/g;
const OPTIMO_NAME = new RegExp(`\\b[A-Z0-9_]*${ENV_VAR_PREFIX}[A-Z0-9_]+\\b`, 'g');

/**
 * What the project's build configs say, read as text (never run): the
 * prefixes an `envPrefix` adds and the variable names they mention (a
 * `define`, next.config `env`). Only used to name the likely cause.
 */
export function readBuildHints(projectDirs: readonly string[], root: string, variables: readonly string[]): BuildHints {
  const hints: BuildHints = { envPrefixes: [], definedNames: [] };
  for (const dir of new Set(projectDirs)) {
    let names: string[];
    try {
      names = readdirSync(dir).filter((name) => CONFIG_GLOBS.some((glob) => matchesModelGlob(glob, name))).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      let text: string;
      try {
        text = readFileSync(join(dir, name), 'utf8');
      } catch {
        continue;
      }
      hints.configFile ??= slashRelative(root, join(dir, name));
      for (const setting of text.matchAll(ENV_PREFIX)) {
        for (const quoted of (setting[1] as string).matchAll(QUOTED)) {
          const prefix = quoted[1] ?? quoted[2] ?? quoted[3] ?? '';
          if (prefix !== '') hints.envPrefixes.push(prefix);
        }
      }
      const mentioned = new Set([...(text.match(OPTIMO_NAME) ?? []), ...variables.filter((variable) => text.includes(variable))]);
      hints.definedNames.push(...mentioned);
    }
  }
  return hints;
}
