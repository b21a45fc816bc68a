// Runs a command and measures wall time (hrtime around the child's whole life), peak RSS (GNU time's
// %M: the largest resident set of the process and any child it waited for) and CPU time (%U + %S, of
// every thread and waited-for child: unlike wall time it hardly moves when other jobs share the cores).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const scratch = mkdtempSync(join(tmpdir(), 'optimocms-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
let counter = 0;

/**
 * @returns {Promise<{ wallMs: number, peakRssMb: number | null, cpuMs: number | null, exitCode: number, stdout: string, stderr: string }>}
 */
export function runMeasured({ command, args = [], cwd, env, timeBinary, timeoutMs = 30 * 60_000, maxBuffer = 256 * 1024 * 1024 }) {
  const timeFile = join(scratch, `time-${counter++}.txt`);
  const [file, argv] = timeBinary ? [timeBinary, ['-f', '%e %M %U %S', '-o', timeFile, command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(file, argv, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    let outBytes = 0;
    child.stdout.on('data', (chunk) => {
      outBytes += chunk.length;
      if (outBytes <= maxBuffer) out.push(chunk);
    });
    child.stderr.on('data', (chunk) => err.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`cannot run ${command}: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      clearTimeout(timer);
      let peakRssMb = null;
      let cpuMs = null;
      if (timeBinary) {
        try {
          // GNU time writes "Command exited with non-zero status N" first when the command fails.
          const [, kb, user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
          if (Number.isFinite(kb)) peakRssMb = kb / 1024;
          if (Number.isFinite(user) && Number.isFinite(system)) cpuMs = (user + system) * 1000;
        } catch {
          // no time file: the command could not start; the exit code says so
        }
      }
      resolve({
        wallMs,
        peakRssMb,
        cpuMs,
        exitCode: signal ? 128 : code,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

export function median(values) {
  const sorted = values.filter((v) => v !== null && v !== undefined).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Runs each command `reps` times, interleaved (a, b, c, a, b, c, …) so that a noisy moment on the
 * machine hurts every tool alike. A command whose first run is slower than `slowMs` runs at most
 * `slowReps` times. `check(result)` throws on a run that did not do its job (harness error).
 */
export async function measureSeries(commands, { reps, slowMs = 30_000, slowReps = 3, timeBinary, log = () => undefined }) {
  const series = new Map(commands.map((c) => [c.id, { command: c, runs: [], limit: reps }]));
  for (let rep = 0; rep < reps; rep++) {
    for (const entry of series.values()) {
      if (entry.runs.length >= entry.limit) continue;
      const c = entry.command;
      const result = await runMeasured({ ...c, timeBinary });
      c.check?.(result);
      entry.runs.push(result);
      if (entry.runs.length === 1) {
        entry.first = result;
        if (result.wallMs > slowMs) entry.limit = Math.min(reps, slowReps);
      }
      log(`  ${c.label}: run ${entry.runs.length}/${entry.limit} ${(result.wallMs / 1000).toFixed(2)} s`);
    }
  }
  return [...series.values()].map(({ command, runs, first }) => ({
    id: command.id,
    label: command.label,
    runs: runs.length,
    wallMs: median(runs.map((r) => r.wallMs)),
    wallMsAll: runs.map((r) => Math.round(r.wallMs)),
    peakRssMb: median(runs.map((r) => r.peakRssMb)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    first,
  }));
}
