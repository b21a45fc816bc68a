import { CliError } from '../cli-kit/cli-error.js';
import { parseFileSize } from './file-size.js';

export type ReportFormat = 'text' | 'json' | 'sarif' | 'markdown';
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'json', 'sarif', 'markdown'];

export type SourceMode = { kind: 'tree' } | { kind: 'staged' } | { kind: 'history'; range?: string } | { kind: 'bundle' } | { kind: 'pack' };

export interface CliOptions {
  mode: SourceMode;
  /** Paths as typed (default `.`); with `--staged` and `--history` they limit the scan, and none means all. */
  paths: string[];
  format: ReportFormat;
  output?: string;
  config?: string;
  baseline?: string;
  writeBaseline?: string;
  maxFileSize: number;
  noIgnore: boolean;
  followSymlinks: boolean;
  /** --verify: ask the OptimoCMS API whether each distinct key works (the only network use, never implicit). */
  verify: boolean;
  /** --inventory: one row per distinct key (exposure, rotation) instead of one per finding. */
  inventory: boolean;
  /** --bundle: also look for the key values of the process environment, not only those of .env files. */
  envFromProcess: boolean;
  /** --no-inline-allow: inline markers suppress nothing (CI that trusts no annotation). */
  noInlineAllow?: boolean;
  /** --require-reason: an inline marker without a reason that suppresses a finding is a finding itself. */
  requireReason?: boolean;
  /** Worker threads; undefined picks by the size of the run. */
  jobs?: number;
  help: boolean;
  version: boolean;
}

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
/** --bundle, --pack: build output holds vendor chunks and source maps far over 10 MB, and skipping what ships would hide a key. */
export const ARTEFACT_MAX_FILE_SIZE = 256 * 1024 * 1024;

const ALIASES: Readonly<Record<string, string>> = { '-o': '--output', '-f': '--format', '-c': '--config', '-h': '--help', '-j': '--jobs' };
/** Short options that take a value. */
const VALUE_ALIASES: ReadonlySet<string> = new Set(['-o', '-f', '-c', '-j']);

function parseJobs(text: string): number {
  const jobs = Number(text);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new CliError(`--jobs expects a whole number from 1 to 256, got "${text}"`, 'usage');
  return jobs;
}

/** Parses argv (without `node` and the script). Throws a usage CliError with a one-line message. */
export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { mode: { kind: 'tree' }, paths: [], format: 'text', maxFileSize: DEFAULT_MAX_FILE_SIZE, noIgnore: false, followSymlinks: false, envFromProcess: false, verify: false, inventory: false, help: false, version: false };
  let modeFlag: string | undefined;
  let maxFileSizeGiven = false;
  const setMode = (flag: string, mode: SourceMode) => {
    if (modeFlag && modeFlag !== flag) throw new CliError(`${modeFlag} and ${flag} cannot be combined`, 'usage');
    modeFlag = flag;
    options.mode = mode;
  };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      options.paths.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      options.paths.push(arg);
      continue;
    }
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    // A short option that takes a value may carry it attached, as in `rg -j1` and `make -j1`: `-j1`, `-fjson`.
    const attached = !arg.startsWith('--') && arg.length > 2 && VALUE_ALIASES.has(arg.slice(0, 2));
    const flag = ALIASES[attached ? arg.slice(0, 2) : arg] ?? (equals === -1 ? arg : arg.slice(0, equals));
    let inlineValue = attached ? arg.slice(2) : equals === -1 ? undefined : arg.slice(equals + 1);
    const value = (): string => {
      if (inlineValue !== undefined) {
        const result = inlineValue;
        inlineValue = undefined;
        if (result === '') throw new CliError(`${flag} expects a value`, 'usage');
        return result;
      }
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) throw new CliError(`${flag} expects a value`, 'usage');
      i++;
      return next;
    };
    switch (flag) {
      case '--help':
        options.help = true;
        break;
      case '--version':
        options.version = true;
        break;
      case '--staged':
        setMode(flag, { kind: 'staged' });
        break;
      case '--history': {
        // The range is optional: `--history`, `--history=A..B` or `--history A..B` (the next word when it is not a flag).
        const next = argv[i + 1];
        const range = inlineValue ?? (next !== undefined && !next.startsWith('-') ? argv[++i] : undefined);
        inlineValue = undefined;
        if (range === '') throw new CliError('--history expects a revision range such as HEAD~10..HEAD, or nothing for all history', 'usage');
        setMode(flag, range === undefined ? { kind: 'history' } : { kind: 'history', range });
        break;
      }
      case '--bundle':
        setMode(flag, { kind: 'bundle' });
        break;
      case '--pack':
        setMode(flag, { kind: 'pack' });
        break;
      case '--env-from-process':
        options.envFromProcess = true;
        break;
      case '--format': {
        const format = value();
        if (!(REPORT_FORMATS as readonly string[]).includes(format)) throw new CliError(`--format expects one of ${REPORT_FORMATS.join(', ')}, got "${format}"`, 'usage');
        options.format = format as ReportFormat;
        break;
      }
      case '--output':
        options.output = value();
        break;
      case '--config':
        options.config = value();
        break;
      case '--baseline':
        options.baseline = value();
        break;
      case '--write-baseline':
        options.writeBaseline = value();
        break;
      case '--max-file-size':
        options.maxFileSize = parseFileSize(value(), flag);
        maxFileSizeGiven = true;
        break;
      case '--jobs':
        options.jobs = parseJobs(value());
        break;
      case '--no-ignore':
        options.noIgnore = true;
        break;
      case '--verify':
        options.verify = true;
        break;
      case '--inventory':
        options.inventory = true;
        break;
      case '--follow-symlinks':
        options.followSymlinks = true;
        break;
      case '--no-inline-allow':
        options.noInlineAllow = true;
        break;
      case '--require-reason':
        options.requireReason = true;
        break;
      default:
        throw new CliError(`unknown option ${flag}`, 'usage');
    }
    if (inlineValue !== undefined) throw new CliError(`${flag} does not take a value`, 'usage');
  }
  if (options.mode.kind === 'tree' && options.paths.length === 0) options.paths.push('.');
  if ((options.mode.kind === 'bundle' || options.mode.kind === 'pack') && !maxFileSizeGiven) options.maxFileSize = ARTEFACT_MAX_FILE_SIZE;
  if (options.noInlineAllow && options.requireReason) throw new CliError('--require-reason and --no-inline-allow cannot be combined: without inline markers there is no reason to require', 'usage');
  if (options.envFromProcess && options.mode.kind !== 'bundle') throw new CliError('--env-from-process applies to --bundle', 'usage');
  if (options.mode.kind !== 'tree' && options.noIgnore) throw new CliError(`--no-ignore applies to file scans, not to ${modeFlag}`, 'usage');
  if (options.mode.kind !== 'tree' && options.mode.kind !== 'bundle' && options.followSymlinks) throw new CliError(`--follow-symlinks applies to file scans, not to ${modeFlag}`, 'usage');
  checkVerifyAndInventory(options, modeFlag);
  return options;
}

/** Where --verify and --inventory apply, and the markdown format (an incident ticket's inventory) only with --inventory. */
function checkVerifyAndInventory(options: CliOptions, modeFlag: string | undefined): void {
  const kind = options.mode.kind;
  if (options.verify && kind !== 'tree' && kind !== 'staged' && kind !== 'history') throw new CliError(`--verify applies to file, --staged and --history scans, not to ${modeFlag}`, 'usage');
  if (options.verify && options.writeBaseline !== undefined) throw new CliError('--verify and --write-baseline cannot be combined: a baseline records findings, not what the API said', 'usage');
  if (options.inventory && kind !== 'history' && kind !== 'staged') throw new CliError('--inventory needs --history (every key ever committed) or --staged (the keys about to be)', 'usage');
  if (options.inventory && options.format === 'sarif') throw new CliError('--inventory reports in text, json or markdown, not sarif', 'usage');
  if (options.inventory && options.writeBaseline !== undefined) throw new CliError('--inventory and --write-baseline cannot be combined', 'usage');
  if (options.format === 'markdown' && !options.inventory) throw new CliError('--format markdown is the --inventory report; findings report in text, json or sarif', 'usage');
}
