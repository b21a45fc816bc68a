import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import type { CliOptions } from './args.js';
import { readBaseline } from './baseline-file.js';
import { CliError, EXIT } from './cli-error.js';
import { loadConfig } from './config-file.js';
import { compareFindings } from './finding.js';
import { GitMissingError } from './git-command.js';
import { Notices } from './notices.js';
import { ScanCollector } from './scan-collector.js';
import { findScanRoot, resolveArgument, slashRelative, type ScanRoot } from './scan-root.js';
import type { ScanReport } from './scan-summary.js';
import type { TreeFile } from './source-file.js';
import { suppress } from './suppress.js';
import { packageVersion } from './version.js';

export interface CommandIo {
  cwd: string;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

async function gitRoot(absolutePaths: readonly string[], cwd: string, flag: string): Promise<ScanRoot> {
  const root = await findScanRoot(absolutePaths, cwd, true);
  if (!root.git) throw new CliError(`${flag} needs a git repository, and ${slashRelative(cwd, absolutePaths[0] ?? cwd)} is not inside a git work tree`);
  return root;
}

/** Lists the files of a plain (non --staged, non --history) scan. */
async function listFiles(options: CliOptions, absolutePaths: readonly string[], cwd: string, notices: Notices): Promise<{ root: ScanRoot; files: TreeFile[] }> {
  let root: ScanRoot;
  try {
    root = await findScanRoot(absolutePaths, cwd, true);
  } catch (error) {
    if (!(error instanceof GitMissingError)) throw error;
    notices.note('git', 'not found on PATH: walking the folders and honouring .gitignore files instead');
    root = await findScanRoot(absolutePaths, cwd, false);
  }
  const walkOptions = { noIgnore: options.noIgnore, followSymlinks: options.followSymlinks, notice: (path: string, message: string) => notices.note(slashRelative(cwd, join(root.dir, path)), message) };
  if (root.git) {
    const { listTrackedFiles } = await import('./tracked-source.js');
    return { root, files: await listTrackedFiles(root, absolutePaths, walkOptions) };
  }
  const { walkFiles } = await import('./walk-source.js');
  const files = new Map<string, TreeFile>();
  for (const start of absolutePaths) walkFiles(start, root.dir, walkOptions, (file) => files.set(file.path, file));
  return { root, files: [...files.values()] };
}

async function formatReport(options: CliOptions, report: ScanReport, color: boolean): Promise<string> {
  switch (options.format) {
    case 'json':
      return (await import('./json-report.js')).formatJson(report);
    case 'sarif':
      return (await import('./sarif-report.js')).formatSarif(report);
    default:
      return (await import('./text-report.js')).formatText(report, color);
  }
}

/**
 * The pipeline: source → filter → detect → suppress → findings → report →
 * exit code. Config and baseline are read first so that a bad one fails
 * before any scanning.
 */
export async function runScan(options: CliOptions, io: CommandIo): Promise<number> {
  const started = performance.now();
  const cwd = realpathSync(io.cwd);
  const notices = new Notices((line) => io.stderr.write(line));
  const collector = new ScanCollector(notices.note);
  const absolutePaths = (options.paths.length > 0 ? options.paths : []).map((path) => resolveArgument(path, cwd));
  const searchFrom = absolutePaths.length > 0 ? absolutePaths : [cwd];
  const display = (root: ScanRoot) => (path: string) => slashRelative(cwd, join(root.dir, path));
  let root: ScanRoot;
  let commits: number | undefined;

  if (options.mode.kind === 'tree') {
    const listed = await listFiles(options, searchFrom, cwd, notices);
    root = listed.root;
    const config = loadConfig(options.config, root.dir, cwd);
    const baseline = options.baseline === undefined ? undefined : readBaseline(options.baseline, cwd);
    const { Progress } = await import('./progress.js');
    const progress = new Progress(io.stderr, listed.files.length);
    const { scanTree } = await import('./scan-tree.js');
    const outcomes = await scanTree(listed.files, { maxFileSize: options.maxFileSize, followSymlinks: options.followSymlinks, ...(options.jobs === undefined ? {} : { jobs: options.jobs }) }, (done) => progress.update(done));
    progress.finish();
    const show = display(root);
    outcomes.forEach((outcome, index) => {
      const file = listed.files[index] as TreeFile;
      collector.add({ file: show(file.path), path: file.path }, outcome);
    });
    return finish(options, io, { root, config, baseline, collector, notices, started, cwd });
  }

  root = await gitRoot(searchFrom, cwd, options.mode.kind === 'staged' ? '--staged' : '--history');
  const config = loadConfig(options.config, root.dir, cwd);
  const baseline = options.baseline === undefined ? undefined : readBaseline(options.baseline, cwd);
  if (options.mode.kind === 'staged') {
    const { scanStaged } = await import('./staged-source.js');
    await scanStaged(root, absolutePaths, options.maxFileSize, collector, display(root));
  } else {
    const { scanHistory } = await import('./history-source.js');
    commits = (await scanHistory(root, options.mode.range, absolutePaths, options.maxFileSize, collector, display(root))).commits;
  }
  return finish(options, io, { root, config, baseline, collector, notices, started, cwd, ...(commits === undefined ? {} : { commits }) });
}

interface Scanned {
  root: ScanRoot;
  config: ReturnType<typeof loadConfig>;
  baseline: Set<string> | undefined;
  collector: ScanCollector;
  notices: Notices;
  started: number;
  cwd: string;
  commits?: number;
}

async function finish(options: CliOptions, io: CommandIo, scanned: Scanned): Promise<number> {
  const { collector, notices } = scanned;
  const sorted = [...collector.findings].sort(compareFindings);
  const suppressed = await suppress(sorted, scanned.config, scanned.baseline);
  const version = packageVersion();
  let baselineWritten: number | undefined;
  if (options.writeBaseline !== undefined) {
    const { writeBaseline } = await import('./baseline-file.js');
    baselineWritten = writeBaseline(options.writeBaseline, scanned.cwd, suppressed.afterConfig, version);
  }
  const report: ScanReport = {
    tool: { name: 'optimocms-scan', version },
    findings: suppressed.findings,
    summary: {
      files: collector.files,
      bytes: collector.bytes,
      findings: suppressed.findings.length,
      durationMs: Math.round(performance.now() - scanned.started),
      skipped: collector.skipped,
      suppressed: { config: suppressed.config, baseline: suppressed.baseline },
      ...(scanned.commits === undefined ? {} : { commits: scanned.commits }),
    },
  };
  notices.flush();
  const { useColor } = await import('./colors.js');
  if (options.output !== undefined) {
    const { writeFileAtomic } = await import('./atomic-write.js');
    writeFileAtomic(join(scanned.cwd, options.output), await formatReport(options, report, false));
    const { summaryLine } = await import('./summary-line.js');
    io.stderr.write(`optimocms-scan: ${summaryLine(report.summary, new Set(report.findings.map((finding) => finding.file)).size)} · report written to ${options.output}\n`);
  } else {
    io.stdout.write(await formatReport(options, report, useColor(io.stdout)));
  }
  if (baselineWritten !== undefined) {
    io.stderr.write(`optimocms-scan: recorded ${baselineWritten} finding${baselineWritten === 1 ? '' : 's'} in baseline ${options.writeBaseline}\n`);
    return EXIT.clean;
  }
  if (report.findings.length > 0) return EXIT.findings;
  if (collector.skipped.unreadable > 0) {
    io.stderr.write(`optimocms-scan: ${collector.skipped.unreadable} file${collector.skipped.unreadable === 1 ? '' : 's'} could not be read: the scan is incomplete\n`);
    return EXIT.error;
  }
  return EXIT.clean;
}
