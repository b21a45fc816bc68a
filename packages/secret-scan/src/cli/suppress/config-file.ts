import { existsSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { REPORT_RULE_IDS } from '../artefact/artefact-rules.js';
import { CliError } from '../../cli-kit/cli-error.js';
import { isRecord, readJsonFile } from './json-file.js';

/**
 * The allowlist config (`.optimocms-scan.json`, or the `"optimocms-scan"`
 * field of package.json):
 *
 *     { "allowlist": { "paths": ["examples/**"], "fingerprints": ["live-key:src/a.ts:0123456789abcdef"] } }
 */
export interface ScanConfig {
  /** Where it was read from, for messages; undefined when there is none. */
  source?: string;
  allowlist: {
    /** Globs matched against paths relative to the scan root (the repository top level). */
    paths: string[];
    /** Fingerprints exactly as reports print them. */
    fingerprints: string[];
  };
}

export const CONFIG_FILE = '.optimocms-scan.json';
export const PACKAGE_JSON_FIELD = 'optimocms-scan';

const FINGERPRINT = new RegExp(`^(?:${REPORT_RULE_IDS.join('|')}):.*:[0-9a-f]{16}$`);
const TOP_LEVEL = ['$schema', 'allowlist'];
const ALLOWLIST = ['paths', 'fingerprints'];

function stringList(value: unknown, field: string, label: string, check?: (item: string) => string | undefined): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new CliError(`${label}: "${field}" must be an array of strings`);
  return value.map((item: unknown, index) => {
    if (typeof item !== 'string' || item.trim() === '') throw new CliError(`${label}: "${field}[${index}]" must be a non-empty string`);
    const problem = check?.(item);
    if (problem) throw new CliError(`${label}: "${field}[${index}]" ${problem}`);
    return item;
  });
}

function unknownField(object: Record<string, unknown>, allowed: readonly string[], prefix: string, label: string): void {
  const unknown = Object.keys(object).find((key) => !allowed.includes(key));
  if (unknown !== undefined) throw new CliError(`${label}: unknown field "${prefix}${unknown}" (expected ${allowed.filter((key) => key !== '$schema').map((key) => `"${prefix}${key}"`).join(' or ')})`);
}

/** Validates a parsed config; every problem is one line that names the field. */
export function validateConfig(value: unknown, label: string): ScanConfig {
  if (!isRecord(value)) throw new CliError(`${label}: must be a JSON object such as { "allowlist": { "paths": [], "fingerprints": [] } }`);
  unknownField(value, TOP_LEVEL, '', label);
  const allowlist = value['allowlist'] ?? {};
  if (!isRecord(allowlist)) throw new CliError(`${label}: "allowlist" must be an object with "paths" and/or "fingerprints"`);
  unknownField(allowlist, ALLOWLIST, 'allowlist.', label);
  return {
    source: label,
    allowlist: {
      paths: stringList(allowlist['paths'], 'allowlist.paths', label),
      fingerprints: stringList(allowlist['fingerprints'], 'allowlist.fingerprints', label, (item) =>
        FINGERPRINT.test(item) ? undefined : 'is not a fingerprint (copy one from a report: rule:file:hash)',
      ),
    },
  };
}

const EMPTY: ScanConfig = { allowlist: { paths: [], fingerprints: [] } };

function fromPackageJson(file: string, label: string, required: boolean, warn?: (file: string, message: string) => void): ScanConfig | undefined {
  let manifest: unknown;
  try {
    manifest = readJsonFile(file, label);
  } catch (error) {
    // A root package.json we only look into (merge markers, empty, a link to a device) must not stop every scan.
    if (required || warn === undefined || !(error instanceof CliError)) throw error;
    warn(file, `${error.message.slice(label.length + 2)}: its "${PACKAGE_JSON_FIELD}" field, if any, is not applied`);
    return undefined;
  }
  const field = isRecord(manifest) ? manifest[PACKAGE_JSON_FIELD] : undefined;
  if (field === undefined) {
    if (required) throw new CliError(`${label}: has no "${PACKAGE_JSON_FIELD}" field`);
    return undefined;
  }
  return validateConfig(field, `${label} "${PACKAGE_JSON_FIELD}"`);
}

/**
 * The config for a scan: `--config FILE` (a config file, or a package.json
 * with the field), else `.optimocms-scan.json` at the scan root, else the
 * `"optimocms-scan"` field of the root package.json, else none.
 */
export function loadConfig(explicit: string | undefined, rootDir: string, cwd: string, warn?: (file: string, message: string) => void): ScanConfig {
  if (explicit !== undefined) {
    const file = resolve(cwd, explicit);
    const label = `config ${explicit}`;
    if (basename(file) === 'package.json') return fromPackageJson(file, label, true) ?? EMPTY;
    return validateConfig(readJsonFile(file, label), label);
  }
  const own = join(rootDir, CONFIG_FILE);
  if (existsSync(own)) return validateConfig(readJsonFile(own, `config ${relative(cwd, own) || CONFIG_FILE}`), `config ${relative(cwd, own) || CONFIG_FILE}`);
  const manifest = join(rootDir, 'package.json');
  if (existsSync(manifest)) return fromPackageJson(manifest, `config ${relative(cwd, manifest)}`, false, warn && ((file, message) => warn(relative(cwd, file), message))) ?? EMPTY;
  return EMPTY;
}
