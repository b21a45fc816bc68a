import { spawn, type ChildProcess } from 'node:child_process';
import { CliError, oneLine } from './cli-error.js';

/** Raised when the `git` binary cannot be started (not installed, or not on PATH). */
export class GitMissingError extends CliError {
  constructor() {
    super('git was not found on PATH: install git, or scan plain folders without --staged / --history');
  }
}

/** Raised when git exits non-zero; carries git's own first error line. */
export class GitFailedError extends CliError {
  constructor(
    args: readonly string[],
    readonly stderr: string,
  ) {
    const detail = stderr.split('\n').find((line) => line.trim() !== '') ?? 'failed';
    super(`git ${args[0] ?? ''}: ${oneLine(detail.replace(/^(fatal|error): /, ''))}`);
  }
}

/** Options every git call shares: no pager, no prompts, paths byte-exact, pathspecs taken literally (`*` in a file name is not a glob). */
const BASE_ARGS = ['-c', 'core.quotepath=off', '--no-pager', '--literal-pathspecs'];
const ENV = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' };

/** Starts git; `error` with ENOENT becomes a {@link GitMissingError}. */
export function spawnGit(args: readonly string[], cwd: string): ChildProcess {
  return spawn('git', [...BASE_ARGS, ...args], { cwd, env: ENV, stdio: ['pipe', 'pipe', 'pipe'] });
}

function translateSpawnError(error: NodeJS.ErrnoException): Error {
  return error.code === 'ENOENT' ? new GitMissingError() : new CliError(`cannot run git: ${oneLine(error)}`);
}

/** Runs git to completion and returns its stdout. Rejects with a one-line CliError. */
export function runGit(args: readonly string[], cwd: string, input?: string | Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawnGit(args, cwd);
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => reject(translateSpawnError(error)));
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(stdout));
      else reject(new GitFailedError(args, Buffer.concat(stderr).toString('utf8')));
    });
    // A broken pipe when git exits early is reported through `close`, not here.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(input);
  });
}

/** Watches a long-running git process: resolves on exit 0, rejects with git's message otherwise. */
export function gitExit(child: ChildProcess, args: readonly string[]): Promise<void> {
  const stderr: Buffer[] = [];
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
  return new Promise((resolve, reject) => {
    child.on('error', (error: NodeJS.ErrnoException) => reject(translateSpawnError(error)));
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new GitFailedError(args, Buffer.concat(stderr).toString('utf8')));
    });
  });
}

/** Splits `-z` output into paths. */
export function splitNul(output: Buffer): string[] {
  const text = output.toString('utf8');
  return text === '' ? [] : text.split('\0').filter((part) => part !== '');
}
