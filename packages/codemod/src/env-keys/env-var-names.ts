import { ENV_VARS, isBrowserPublicEnvName, type KeyEnvironment } from '@optimocms/auth-types';
import { redact } from '@optimocms/secret-scan';

/** One distinct secret of the run, in order of first appearance. Holds the secret: never print `value`. */
export interface DistinctSecret {
  value: string;
  environment: KeyEnvironment | undefined;
}

export interface NamingInput {
  secrets: readonly DistinctSecret[];
  /** `--env-var NAME`: the name of the single key. */
  override?: string;
  /** Variables already in `.env`, name → value. */
  existing: ReadonlyMap<string, string>;
  /** `OPTIMOCMS_*` names the code already reads from the environment. */
  referenced: ReadonlySet<string>;
}

export interface AssignedName {
  name: string;
  /** `existing`: `.env` already holds this secret under this name. */
  source: 'new' | 'existing';
}

export interface Naming {
  names: Map<string, AssignedName>;
  /** What the user must know: a name that was taken and the one used instead. */
  notes: string[];
}

const VALID_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Names the operating system, the shell, Node, npm or the host already give a
 * meaning: a key there would change how every process runs (`NODE_OPTIONS`),
 * or be overwritten before the code reads it (`PATH`, `HOME`, `PORT`).
 */
const PROCESS_OWNED_NAMES = new Set([
  'PATH', 'PATHEXT', 'HOME', 'USER', 'USERNAME', 'LOGNAME', 'SHELL', 'PWD', 'OLDPWD', 'TMPDIR', 'TEMP', 'TMP', 'LANG', 'LANGUAGE', 'TERM', 'TZ',
  'HOSTNAME', 'HOST', 'PORT', 'CI', 'EDITOR', 'HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'ALL_PROXY', 'UV_THREADPOOL_SIZE',
  'SYSTEMROOT', 'COMSPEC', 'WINDIR', 'APPDATA', 'LOCALAPPDATA', 'USERPROFILE', 'PROGRAMFILES',
]);
/** Families of such names: `NODE_OPTIONS`, `NODE_ENV`, `npm_config_*`, `LC_ALL`, `GIT_DIR`, `LD_PRELOAD`… */
const PROCESS_OWNED_PREFIXES = ['NODE_', 'NPM_', 'PNPM_', 'YARN_', 'COREPACK_', 'LC_', 'GIT_', 'SSH_', 'XDG_', 'LD_', 'DYLD_'];

/** True for a name the process environment already owns (compared case-insensitively: Windows' environment is). */
export function isProcessOwnedEnvName(name: string): boolean {
  const upper = name.toUpperCase();
  return PROCESS_OWNED_NAMES.has(upper) || PROCESS_OWNED_PREFIXES.some((prefix) => upper.startsWith(prefix));
}

/**
 * Checks `--env-var NAME`; the one-line message when it cannot be used.
 * `runEnvKeys` calls it; a CLI should call it while parsing its flags.
 */
export function envVarNameProblem(name: string): string | undefined {
  if (!VALID_NAME.test(name)) return `--env-var ${name} is not a valid environment variable name`;
  if (isBrowserPublicEnvName(name)) return `--env-var ${name} has a browser-public prefix: bundlers would ship the key to every visitor`;
  if (isProcessOwnedEnvName(name)) return `--env-var ${name} is a name the system, Node or npm already uses: choose a name of your own, such as OPTIMOCMS_API_KEY`;
  return undefined;
}

function baseName(secret: DistinctSecret, single: boolean): string {
  if (single || secret.environment === undefined) return ENV_VARS.apiKey;
  return ENV_VARS[secret.environment];
}

/**
 * Gives each distinct secret its variable (issue 5): one key →
 * `OPTIMOCMS_API_KEY`; live and sandbox keys → `OPTIMOCMS_LIVE_KEY` /
 * `OPTIMOCMS_SANDBOX_KEY`; further keys → `_2`, `_3`… in order of first
 * appearance, so names are stable from run to run. A secret that `.env`
 * already holds keeps that name. A name that `.env` holds with another value,
 * or that the code already reads for a key we cannot see, is never reused.
 */
export function assignEnvVarNames(input: NamingInput): Naming {
  const names = new Map<string, AssignedName>();
  const notes: string[] = [];
  const used = new Set<string>();
  const existingByValue = new Map<string, string>();
  // A browser-public name is never adopted: code reading it would put the key in every visitor's bundle.
  const publicHolders = new Map<string, string[]>();
  for (const [name, value] of input.existing) {
    if (isBrowserPublicEnvName(name)) publicHolders.set(value, [...(publicHolders.get(value) ?? []), name]);
    else if (!existingByValue.has(value)) existingByValue.set(value, name);
  }

  for (const secret of input.secrets) {
    const known = existingByValue.get(secret.value);
    if (known !== undefined) {
      names.set(secret.value, { name: known, source: 'existing' });
      used.add(known);
    }
  }
  const single = input.secrets.length === 1;
  const isTaken = (name: string) => used.has(name) || input.existing.has(name) || input.referenced.has(name);
  for (const secret of input.secrets) {
    if (names.has(secret.value)) continue;
    const base = input.override ?? baseName(secret, single);
    let name = base;
    const skipped: string[] = [];
    for (let suffix = 2; isTaken(name); suffix++) {
      if (!used.has(name)) skipped.push(name);
      name = `${base}_${suffix}`;
    }
    for (const taken of skipped) {
      const why = input.existing.has(taken) ? 'already holds a different value in .env' : 'is already read by the code for a key that is not in .env';
      notes.push(`${taken} ${why}: ${redact(secret.value)} goes to ${name} instead`);
    }
    for (const holder of publicHolders.get(secret.value) ?? []) {
      notes.push(`${holder} in .env holds ${redact(secret.value)}, but it is browser-public (bundlers ship it to every visitor): the code reads ${name} instead; delete ${holder} from .env and rotate the key`);
    }
    names.set(secret.value, { name, source: 'new' });
    used.add(name);
  }
  return { names, notes };
}
