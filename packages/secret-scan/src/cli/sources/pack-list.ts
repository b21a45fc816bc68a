import { execFile } from 'node:child_process';
import { CliError } from '../../cli-kit/cli-error.js';

/** One entry of `npm pack --dry-run --json`: `[{ name, version, files: [{ path, size, mode }], … }]`. */
interface PackReport {
  name?: string;
  version?: string;
  files?: { path?: unknown }[];
}

export interface PackList {
  name: string;
  version: string;
  /** Relative to the package folder, `/` separators, as npm packs them. */
  files: string[];
}

/**
 * What `npm pack` would publish from a package folder: npm's own file list
 * (`files`, `.npmignore`, the files npm always adds or never adds), with no
 * lifecycle script run.
 */
export function packList(dir: string, shown: string): Promise<PackList> {
  return new Promise((resolve, reject) => {
    execFile('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', '--loglevel=error'], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, npm_config_update_notifier: 'false' } }, (error, stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') return reject(new CliError('--pack needs npm, and npm is not on PATH'));
      let report: PackReport | undefined;
      try {
        [report] = JSON.parse(stdout) as PackReport[];
      } catch {
        report = undefined;
      }
      if (error || !report || !Array.isArray(report.files)) {
        const reason = `${stderr}\n${stdout}`.split('\n').map((line) => line.trim()).find((line) => line !== '' && !line.startsWith('{') && !line.startsWith('[')) ?? 'no file list';
        return reject(new CliError(`npm pack --dry-run failed in ${shown}: ${reason}`));
      }
      const files = report.files.map((file) => file.path).filter((path): path is string => typeof path === 'string').sort();
      resolve({ name: report.name ?? shown, version: report.version ?? '', files });
    });
  });
}
