import { SCRIPT_EXTENSIONS, extensionGlob } from '../code-files.js';
import type { EnvAccessForm, FileRule, InlineSetting } from './types.js';

/** `{js,jsx,ts,tsx,mjs,cjs,mts,cts}`: any script file, for the model's globs. */
export const SCRIPT = extensionGlob(SCRIPT_EXTENSIONS);

/** Reads that several frameworks share. */
export const PROCESS_ENV: EnvAccessForm = { kind: 'member', object: 'process.env', example: 'process.env.NAME' };
export const IMPORT_META_ENV: EnvAccessForm = { kind: 'member', object: 'import.meta.env', example: 'import.meta.env.NAME' };

/** A folder whose files are served to browsers as they are (`public/`, `static/`). */
export function staticFolder(folder: string): FileRule {
  return { glob: `${folder}/**`, role: 'client', what: 'static file served as is' };
}

/** A build configuration file: it runs in Node, but its inline settings can ship values. */
export function buildConfig(glob: string): FileRule {
  return { glob, role: 'server', what: 'build configuration (see its inline settings)' };
}

/** Vite's `define` and `envPrefix`, in `vite.config.*` or under a key of another config (`vite.` in astro.config, nuxt.config). */
export function viteInlineSettings(file = 'vite.config.*', key = ''): InlineSetting[] {
  return [
    { file, setting: `${key}define`, effect: 'values', what: 'replaced in browser (and server) code at build time' },
    { file, setting: `${key}envPrefix`, effect: 'prefix', what: 'variables with this prefix are exposed on import.meta.env' },
  ];
}
