import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import type { CliOptions } from './args.js';
import { CliError, EXIT } from '../cli-kit/cli-error.js';
import { loadConfig, type ScanConfig } from './config-file.js';
import { compareFindings } from './finding.js';
import { listFiles, type FileListing } from '../cli-kit/list-files.js';
import { Notices } from './notices.js';
import { ScanCollector } from './scan-collector.js';
import { findFileRoot, isInside, resolveArgument, slashRelative, type FileRoot } from '../cli-kit/file-root.js';
import type { ScanReport } from './scan-summary.js';
import type { TreeFile } from './source-file.js';
import { suppress } from './suppress.js';

export interface CommandIo {
  cwd: string;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

async function gitRoot(absolutePaths: readonly string[], cwd: string, flag: string): Promise<FileRoot> {
  const root = findFileRoot(absolutePaths, cwd, true);
  if (!root.git) throw new CliError(`${flag} needs a git repository, and ${slashRelative(cwd, absolutePaths[0] ?? cwd)} is not inside a git work tree`);
  return root;
}

/** Lists the files of a plain (non --staged, non --history) scan. */
function listTreeFiles(options: CliOptions, absolutePaths: readonly string[], cwd: string, notices: Notices): FileListing {
  return listFiles(absolutePaths, cwd, {
    noIgnore: options.noIgnore,
    followSymlinks: options.followSymlinks,
    notice: (absolute, message) => notices.note(slashRelative(cwd, absolute), message),
    onGitMissing: (message) => notices.note('git', message),
  });
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

interface Context {
  options: CliOptions;
  io: CommandIo;
  cwd: string;
  absolutePaths: string[];
  notices: Notices;
  collector: ScanCollector;
}

/** Config and baseline are read before any scanning, so that a bad one fails fast. */
async function suppressionInputs(context: Context, root: FileRoot): Promise<Pick<Scanned, 'config' | 'baseline'>> {
  const { options, cwd } = context;
  const config = loadConfig(options.config, root.dir, cwd);
  if (options.baseline === undefined) return { config, baseline: undefined };
  const { readBaseline } = await import('./baseline-file.js');
  return { config, baseline: readBaseline(options.baseline, cwd) };
}

/** Root-relative → relative to the working directory; the common cases (cwd is the root, or inside it) without path arithmetic. */
function displayFrom(cwd: string, root: FileRoot): (path: string) => string {
  if (cwd === root.dir) return (path) => path;
  const general = (path: string) => slashRelative(cwd, join(root.dir, path));
  if (!isInside(root.dir, cwd)) return general;
  const prefix = `${slashRelative(root.dir, cwd)}/`;
  return (path) => (path.startsWith(prefix) ? path.slice(prefix.length) : general(path));
}

async function scanFiles(context: Context): Promise<Scanned> {
  const { options, io, cwd } = context;
  const { root, files } = listTreeFiles(options, context.absolutePaths.length > 0 ? context.absolutePaths : [cwd], cwd, context.notices);
  const inputs = await suppressionInputs(context, root);
  const [{ Progress }, { scanTree }] = await Promise.all([import('../cli-kit/progress.js'), import('./scan-tree.js')]);
  const progress = new Progress(io.stderr, 'scanning');
  const outcomes = await scanTree(files, { maxFileSize: options.maxFileSize, followSymlinks: options.followSymlinks, ...(options.jobs === undefined ? {} : { jobs: options.jobs }) }, (done) => progress.update(done, files.length));
  progress.finish();
  context.collector.display = displayFrom(cwd, root);
  outcomes.forEach((outcome, index) => context.collector.add((files[index] as TreeFile).path, outcome));
  return { root, ...inputs };
}

async function scanIndex(context: Context): Promise<Scanned> {
  const { listStaged, scanStaged } = await import('./staged-source.js');
  const staged = await listStaged(context.cwd, context.absolutePaths);
  const inputs = await suppressionInputs(context, staged.root);
  context.collector.display = displayFrom(context.cwd, staged.root);
  await scanStaged(staged, context.options.maxFileSize, context.collector);
  return { root: staged.root, ...inputs };
}

async function scanCommits(context: Context, range: string | undefined): Promise<Scanned> {
  const root = await gitRoot(context.absolutePaths.length > 0 ? context.absolutePaths : [context.cwd], context.cwd, '--history');
  const inputs = await suppressionInputs(context, root);
  const { scanHistory } = await import('./history-source.js');
  context.collector.display = displayFrom(context.cwd, root);
  const { commits } = await scanHistory(root, range, context.absolutePaths, context.options.maxFileSize, context.collector);
  return { root, ...inputs, commits };
}

/** The pipeline: source → filter → detect → suppress → findings → report → exit code. */
export async function runScan(options: CliOptions, io: CommandIo): Promise<number> {
  const started = performance.now();
  const cwd = realpathSync(io.cwd);
  const notices = new Notices((line) => io.stderr.write(line));
  const context: Context = { options, io, cwd, notices, collector: new ScanCollector(notices.note), absolutePaths: options.paths.map((path) => resolveArgument(path, cwd, options.mode.kind === 'tree')) };
  const { mode } = options;
  const scanned = mode.kind === 'tree' ? await scanFiles(context) : mode.kind === 'staged' ? await scanIndex(context) : await scanCommits(context, mode.range);
  return finish(context, scanned, started);
}

interface Scanned {
  root: FileRoot;
  config: ScanConfig;
  baseline: Set<string> | undefined;
  commits?: number;
}

async function finish(context: Context, scanned: Scanned, started: number): Promise<number> {
  const { collector, notices, options, io, cwd } = context;
  const sorted = [...collector.findings].sort(compareFindings);
  const suppressed = await suppress(sorted, scanned.config, scanned.baseline);
  let baselineWritten: number | undefined;
  if (options.writeBaseline !== undefined) {
    const [{ writeBaseline }, { packageVersion }] = await Promise.all([import('./baseline-file.js'), import('./version.js')]);
    baselineWritten = writeBaseline(options.writeBaseline, cwd, suppressed.afterConfig, packageVersion());
  }
  const report: ScanReport = {
    findings: suppressed.findings,
    summary: {
      files: collector.files,
      bytes: collector.bytes,
      findings: suppressed.findings.length,
      durationMs: Math.round(performance.now() - started),
      skipped: collector.skipped,
      suppressed: { config: suppressed.config, baseline: suppressed.baseline },
      ...(scanned.commits === undefined ? {} : { commits: scanned.commits }),
    },
  };
  notices.flush();
  const { useColor } = await import('../cli-kit/colors.js');
  if (options.output !== undefined) {
    const { writeFileAtomic } = await import('../cli-kit/atomic-write.js');
    writeFileAtomic(join(cwd, options.output), await formatReport(options, report, false));
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
