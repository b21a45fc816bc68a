import { realpathSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { EXIT } from '../cli-kit/cli-error.js';
import { isInside, resolveArgument, slashRelative, type FileRoot } from '../cli-kit/file-root.js';
import type { CliOptions } from './args.js';
import type { VerifyStep } from './verify/verify-step.js';
import { Notices } from './notices.js';
import { safeName } from './safe-name.js';
import { formatReport } from './report/format-report.js';
import type { ScanReport, ScanSummary } from './report/scan-summary.js';
import { compareFindings } from './scan/finding.js';
import { ScanCollector } from './scan/scan-collector.js';
import { scanUnits } from './scan/scan-units.js';
import { openSource } from './sources/index.js';
import { loadSuppression, suppress, type SuppressionInputs } from './suppress/suppress.js';
import { applyInlineMarkers } from './suppress/inline-markers.js';
import type { Finding } from './scan/finding.js';

export interface CommandIo {
  cwd: string;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

/** Root-relative → relative to the working directory; the common cases (cwd is the root, or inside it) without path arithmetic. */
function displayFrom(cwd: string, root: FileRoot): (path: string) => string {
  if (cwd === root.dir) return (path) => path;
  const general = (path: string) => slashRelative(cwd, join(root.dir, path));
  if (!isInside(root.dir, cwd)) return general;
  const prefix = `${slashRelative(root.dir, cwd)}/`;
  return (path) => (path.startsWith(prefix) ? path.slice(prefix.length) : general(path));
}

/**
 * Workers for a tree scan, booted before the files are listed so that they
 * are ready when the listing ends (unreferenced until the pool takes them:
 * a run that fails before scanning still exits). Only for folders: files
 * named one by one (pre-commit frameworks pass them) are too few for the pool.
 */
async function bootTreeWorkers(options: CliOptions, absolutePaths: readonly string[]): Promise<Worker[]> {
  const threads = options.jobs ?? availableParallelism();
  if (options.mode.kind !== 'tree' || threads < 2) return [];
  if (absolutePaths.length > 0 && !absolutePaths.some((path) => statSync(path, { throwIfNoEntry: false })?.isDirectory())) return [];
  const { bootWorkers } = await import('./scan/scan-pool.js');
  return bootWorkers(threads - 1);
}

/**
 * The pipeline, one path for every mode: source → filter and detect →
 * suppress → findings → report → exit code.
 */
export async function runScan(options: CliOptions, io: CommandIo): Promise<number> {
  const started = performance.now();
  const cwd = realpathSync(io.cwd);
  const notices = new Notices((line) => io.stderr.write(line));
  // --staged and --history take paths that may be gone from the working tree.
  const absolutePaths = options.paths.map((path) => resolveArgument(path, cwd, options.mode.kind !== 'staged' && options.mode.kind !== 'history'));
  const booted = await bootTreeWorkers(options, absolutePaths);
  const source = await openSource({ options, cwd, absolutePaths, notices });
  const suppression = await loadSuppression(options, source.root, cwd, notices.note);
  // What may sit in the repository (the path allowlist: test fixtures) may still not be published; reviewed fingerprints hold everywhere.
  if (options.mode.kind === 'pack') suppression.config = { ...suppression.config, allowlist: { ...suppression.config.allowlist, paths: [] } };
  const collector = new ScanCollector(notices.note, displayFrom(cwd, source.root));
  // --verify: a bad OPTIMOCMS_API_URL stops the run here, before scanning; the capture holds raw keys on this thread only.
  const verify = options.verify ? (await import('./verify/verify-step.js')).openVerify(process.env, options) : undefined;
  const { Progress } = await import('../cli-kit/progress.js');
  const progress = new Progress(io.stderr, 'scanning');
  const scanOptions = { maxFileSize: options.maxFileSize, followSymlinks: options.followSymlinks, ...(options.jobs === undefined ? {} : { jobs: options.jobs }), ...(source.detector ? { detector: source.detector } : {}), booted };
  try {
    for await (const batch of source.units()) {
      const outcomes = await scanUnits(batch, scanOptions, progress.update);
      batch.forEach((unit, index) => {
        const outcome = outcomes[index] as (typeof outcomes)[number];
        collector.add(unit, outcome);
        verify?.capture.add(unit, outcome);
      });
    }
  } finally {
    progress.finish();
  }
  return finish({ options, io, cwd, notices, collector, rules: source.rules, root: source.root, verify }, suppression, source.summary?.() ?? {}, started);
}

interface Finished {
  options: CliOptions;
  io: CommandIo;
  cwd: string;
  notices: Notices;
  collector: ScanCollector;
  rules: ScanReport['rules'];
  root: FileRoot;
  verify?: VerifyStep | undefined;
}

/**
 * The stages between detection and the config allowlist: inline markers
 * (--no-inline-allow, --require-reason), then the environment rules on the
 * findings markers left; loaded only when the run found a key.
 */
async function afterDetection({ options, cwd, collector, root }: Finished): Promise<{ findings: Finding[]; inline: ReturnType<typeof applyInlineMarkers>['suppressed'] }> {
  const inline = applyInlineMarkers(collector.findings, { inlineAllow: options.noInlineAllow !== true, requireReason: options.requireReason === true });
  if (!inline.findings.some((finding) => finding.rule === 'live-key' || finding.rule === 'sandbox-key')) return { findings: inline.findings, inline: inline.suppressed };
  const { runEnvironmentRules } = await import('./scan/environment-run.js');
  const environment = await runEnvironmentRules(inline.findings, { mode: options.mode, rootDir: root.dir, display: displayFrom(cwd, root), maxFileSize: options.maxFileSize });
  return { findings: [...inline.findings, ...environment], inline: inline.suppressed };
}

async function finish(finished: Finished, suppression: SuppressionInputs, extra: Pick<ScanSummary, 'commits' | 'scanned'>, started: number): Promise<number> {
  const { options, io, cwd, notices, collector, rules } = finished;
  const detected = await afterDetection(finished);
  const suppressed = await suppress(detected.findings.sort(compareFindings), suppression);
  // --verify runs after every ignore, so that it can report an active key an ignore would hide.
  const verified = finished.verify ? await (await import('./verify/verify-step.js')).runVerify(finished.verify, collector.findings, suppressed, (line) => io.stderr.write(line)) : undefined;
  const findings = verified?.findings ?? suppressed.findings;
  let baselineWritten: number | undefined;
  if (options.writeBaseline !== undefined) {
    const [{ writeBaseline }, { packageVersion }] = await Promise.all([import('./suppress/baseline-file.js'), import('./version.js')]);
    baselineWritten = writeBaseline(options.writeBaseline, cwd, suppressed.afterConfig, packageVersion());
  }
  const report: ScanReport = {
    findings,
    ...(rules ? { rules } : {}),
    summary: {
      files: collector.files,
      bytes: collector.bytes,
      findings: findings.length,
      durationMs: Math.round(performance.now() - started),
      skipped: collector.skipped,
      suppressed: { config: suppressed.config, baseline: suppressed.baseline, ...(detected.inline.length > 0 ? { inline: detected.inline.length } : {}) },
      ...extra,
      ...(verified ? { verified: verified.counts } : {}),
    },
    // An active key that --verify reported is no longer listed as suppressed.
    ...(detected.inline.length + suppressed.hidden.length > 0 ? { suppressed: [...detected.inline, ...suppressed.hidden].filter((entry) => verified?.isRevealed(entry.finding) !== true) } : {}),
  };
  notices.flush();
  // --inventory: one row per key instead of one per finding, in the format asked for.
  const inventory = options.inventory ? await (await import('./inventory/build-inventory.js')).buildInventory(findings, { dir: finished.root.dir, mode: options.mode.kind === 'staged' ? 'staged' : 'history', now: new Date() }) : undefined;
  const render = async (color: boolean) => (inventory ? (await import('./inventory/format-inventory.js')).formatInventory(options.format, inventory, report.summary, color) : formatReport(options.format, report, color));
  // `-o -` is standard output, as in most CLIs; any other path is resolved, so an absolute one is written where it says.
  if (options.output !== undefined && options.output !== '-') {
    const [{ writeFileAtomic }, { summaryLine }] = await Promise.all([import('../cli-kit/atomic-write.js'), import('./report/summary-line.js')]);
    writeFileAtomic(resolve(cwd, options.output), await render(false));
    io.stderr.write(`optimocms-scan: ${summaryLine(report.summary, new Set(report.findings.map((finding) => finding.file)).size)} · report written to ${safeName(options.output)}\n`);
  } else {
    const { useColor } = await import('../cli-kit/colors.js');
    io.stdout.write(await render(useColor(io.stdout)));
  }
  if (baselineWritten !== undefined) {
    io.stderr.write(`optimocms-scan: recorded ${baselineWritten} finding${baselineWritten === 1 ? '' : 's'} in baseline ${safeName(options.writeBaseline ?? '')}\n`);
    return EXIT.clean;
  }
  // A key --verify found dead is a note: reported, but not a reason to fail.
  if (inventory ? inventory.summary.needAction > 0 : report.findings.some((finding) => finding.severity !== 'note')) return EXIT.findings;
  if (rules && collector.files === 0) {
    // --bundle, --pack: an artefact scan that read nothing (every file binary, a symlink or unreadable) checked nothing.
    io.stderr.write('optimocms-scan: no text file was scanned: nothing was checked\n');
    return EXIT.error;
  }
  if (collector.skipped.unreadable > 0) {
    io.stderr.write(`optimocms-scan: ${collector.skipped.unreadable} file${collector.skipped.unreadable === 1 ? '' : 's'} could not be read: the scan is incomplete\n`);
    return EXIT.error;
  }
  return EXIT.clean;
}
