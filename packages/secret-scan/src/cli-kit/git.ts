import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { CliError, oneLine } from './cli-error.js';

// The one place that runs git for every OptimoCMS CLI: the same options, environment and typed errors everywhere.

/** The `git` binary cannot be started (not installed, or not on PATH). */
export class GitMissingError extends CliError {
  constructor() {
    super('git was not found on PATH: install git (plain folder scans work without it)');
  }
}

/** git exited non-zero; carries git's own first error line. */
export class GitFailedError extends CliError {
  constructor(
    readonly args: readonly string[],
    readonly stderr: string,
  ) {
    const detail = stderr.split('\n').find((line) => line.trim() !== '') ?? 'failed';
    super(`git ${args[0] ?? ''}: ${oneLine(detail.replace(/^(fatal|error): /, ''))}`);
  }
}

/** The folder is not inside a git work tree (or is inside `.git`, or a bare repository): no work tree to list. */
export class NotARepositoryError extends GitFailedError {}

/**
 * git found a repository but will not work in it: "dubious ownership"
 * (`safe.directory`), an unsafe or unreadable repository. Never to be read as
 * "outside git": the files may well be tracked.
 */
export class GitRefusedError extends GitFailedError {}

const NOT_A_REPOSITORY = /not a git repository|must be run in a work tree|this operation must be run in a work tree/i;
const REFUSED = /dubious ownership|unsafe repository|is owned by someone else|safe\.directory|permission denied|unable to read|cannot open/i;

/** The typed error for a failed git run, decided on git's message (LC_ALL=C keeps it in English). */
export function gitFailure(args: readonly string[], stderr: string): GitFailedError {
  if (NOT_A_REPOSITORY.test(stderr)) return new NotARepositoryError(args, stderr);
  if (REFUSED.test(stderr)) return new GitRefusedError(args, stderr);
  return new GitFailedError(args, stderr);
}

/**
 * Options every git call shares, so that user config cannot change what we
 * parse: no pager, paths byte-exact (`core.quotepath=off`), `a/` and `b/`
 * prefixes (`diff.noprefix`, `diff.mnemonicPrefix` would drop or rename
 * them), root-relative diff paths (`diff.relative`), no signature lines in
 * `log`, the root commit's patch shown (`log.showRoot=false` hid it), no
 * `--follow` and no colour; pathspecs taken literally (`*` in a file name is not
 * a glob), no prompts, no optional locks (a scan never blocks a concurrent
 * `git commit`), English messages.
 */
const CONFIG = ['core.quotepath=off', 'diff.noprefix=false', 'diff.mnemonicPrefix=false', 'diff.relative=false', 'log.showSignature=false', 'log.showRoot=true', 'log.follow=false', 'color.ui=false'];
const BASE_ARGS = [...CONFIG.flatMap((setting) => ['-c', setting]), '--no-pager'];
const LITERAL = '--literal-pathspecs';
const gitEnv = (): NodeJS.ProcessEnv => ({ ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' });

function spawnFailure(error: NodeJS.ErrnoException): CliError {
  return error.code === 'ENOENT' ? new GitMissingError() : new CliError(`cannot run git: ${oneLine(error)}`);
}

/** Starts git for a streaming run (`cat-file --batch`, `log -p`); watch it with {@link gitExit}. */
export function spawnGit(args: readonly string[], cwd: string): ChildProcess {
  return spawn('git', [...BASE_ARGS, LITERAL, ...args], { cwd, env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
}

/**
 * Runs git to completion and returns its stdout. Rejects with a typed, one-line
 * error, unless the exit code is one of `okStatus` (default: 0 only).
 */
export function runGit(args: readonly string[], cwd: string, input?: string | Buffer, okStatus: readonly number[] = [0]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawnGit(args, cwd);
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => reject(spawnFailure(error)));
    child.on('close', (code) => {
      if (code !== null && okStatus.includes(code)) resolve(Buffer.concat(stdout));
      else reject(gitFailure(args, Buffer.concat(stderr).toString('utf8')));
    });
    // A broken pipe when git exits early is reported through `close`, not here.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(input);
  });
}

export interface SyncGitOptions {
  /** Exit codes that are answers, not failures (`check-ignore` exits 1 for "not ignored"). Default: 0 only. */
  okStatus?: readonly number[];
  /** Pathspecs taken literally (default). `check-ignore` refuses the option: pass false for it. */
  literalPathspecs?: boolean;
}

/** Runs git synchronously, for short queries in synchronous code (the codemod's safety checks). */
export function runGitSync(args: readonly string[], cwd: string, options: SyncGitOptions = {}): { status: number; stdout: Buffer; stderr: string } {
  const okStatus = options.okStatus ?? [0];
  const result = spawnSync('git', [...BASE_ARGS, ...(options.literalPathspecs === false ? [] : [LITERAL]), ...args], { cwd, env: gitEnv(), maxBuffer: 512 * 1024 * 1024 });
  if (result.error) throw spawnFailure(result.error as NodeJS.ErrnoException);
  const status = result.status ?? -1;
  if (!okStatus.includes(status)) throw gitFailure(args, result.stderr.toString('utf8'));
  // stderr too: git warns there of what it skipped (a folder it could not open) and still exits 0.
  return { status, stdout: result.stdout, stderr: result.stderr.toString('utf8') };
}

/**
 * Watches a long-running git process: resolves with the typed error of a
 * failed run, `undefined` on exit 0. It never rejects, so that a streaming
 * reader can read the output first and judge the run after.
 */
export function gitFailureOnExit(child: ChildProcess, args: readonly string[]): Promise<CliError | undefined> {
  const stderr: Buffer[] = [];
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
  return new Promise((resolve) => {
    // A spawn failure may be followed by `close`: the first end counts (a promise settles once).
    child.on('error', (error: NodeJS.ErrnoException) => resolve(spawnFailure(error)));
    child.on('close', (code) => resolve(code === 0 ? undefined : gitFailure(args, Buffer.concat(stderr).toString('utf8'))));
  });
}

/** Watches a long-running git process: resolves on exit 0, rejects with git's message otherwise. */
export async function gitExit(child: ChildProcess, args: readonly string[]): Promise<void> {
  const failure = await gitFailureOnExit(child, args);
  if (failure) throw failure;
}

/** Splits `-z` output into paths. */
export function splitNul(output: Buffer): string[] {
  const text = output.toString('utf8');
  return text === '' ? [] : text.split('\0').filter((part) => part !== '');
}
