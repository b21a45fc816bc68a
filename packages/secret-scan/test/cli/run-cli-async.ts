import { spawn } from 'node:child_process';
import { CLI, expectNoFullKey, type CliResult, type RunOptions } from './helpers.js';

/**
 * Runs the CLI without blocking this process, for tests whose HTTP server
 * lives in this process (spawnSync would stall it), and checks that nothing
 * printed holds a full made-up key.
 */
export function runCliAsync(args: readonly string[], options: RunOptions): Promise<CliResult> {
  const env = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
  const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      expectNoFullKey(`${stdout}\n${stderr}`);
      resolve({ code, stdout, stderr });
    });
  });
}
