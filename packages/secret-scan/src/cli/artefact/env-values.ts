import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { isOptimoSecretEnvName, matchesModelGlob, SECRET_ENV_FILE_GLOBS } from '@optimocms/auth-types';
import { isDotenvFile } from '../../engine/assignment-rules.js';
import { findKeyTokens } from '../../engine/key-tokens.js';
import { isPlaceholder } from '../../engine/placeholder.js';

/** Shorter values are skipped: a 7-character value (`changeme`-like words, ports, booleans) would match ordinary text in every bundle. */
export const MIN_VALUE_LENGTH = 8;

/** A key variable's value, to look for verbatim in build output. Held in memory only: never printed, never written. */
export interface EnvValue {
  name: string;
  value: string;
}

/** Where the values came from, for the summary: file names and whether the process environment was read. Never values. */
export interface EnvValueSources {
  values: EnvValue[];
  files: string[];
  processEnv: boolean;
}

/**
 * A variable holds a key when its name is an OptimoCMS credential name
 * (OPTIMOCMS and KEY, TOKEN or SECRET, public prefixes included) or its value
 * holds a key token: the codemod's rule, so both tools agree.
 */
function holdsKey(name: string, value: string): boolean {
  return isOptimoSecretEnvName(name) || findKeyTokens(value).some((token) => !isPlaceholder(token.value));
}

/** A value worth looking for: long enough, not a placeholder, not a reference to another variable. */
function isMeaningful(value: string): boolean {
  return value.length >= MIN_VALUE_LENGTH && !isPlaceholder(value) && !/^\$\{?[A-Za-z_]/.test(value);
}

export function keyValuesOf(entries: Iterable<readonly [string, string | undefined]>): EnvValue[] {
  const values: EnvValue[] = [];
  for (const [name, raw] of entries) {
    const value = raw?.trim();
    if (value !== undefined && isMeaningful(value) && holdsKey(name, value)) values.push({ name, value });
  }
  return values;
}

/**
 * The key values of the project: `.env` and `.env.*` of each folder (not the
 * templates `.env.example`, `.env.sample`, …, which hold placeholders) and the
 * dotenv-format secret files of the framework model (Wrangler's `.dev.vars`),
 * read as Node reads them, and with `processEnv` the environment.
 */
export function readEnvValues(dirs: readonly string[], processEnv: NodeJS.ProcessEnv | undefined): EnvValueSources {
  const values: EnvValue[] = [];
  const files: string[] = [];
  for (const dir of new Set(dirs)) {
    let names: string[];
    try {
      names = readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isFile() && (isDotenvFile(entry.name) || SECRET_ENV_FILE_GLOBS.some((glob) => matchesModelGlob(glob, entry.name))))
        .map((entry) => entry.name)
        .sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const file = join(dir, name);
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        continue;
      }
      files.push(file);
      values.push(...keyValuesOf(Object.entries(parseEnv(text))));
    }
  }
  if (processEnv) values.push(...keyValuesOf(Object.entries(processEnv)));
  return { values, files, processEnv: processEnv !== undefined };
}
