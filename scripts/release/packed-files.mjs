// What `npm pack` would put in a package, and which of those files must never reach a registry: dotenv
// files, and any file (test fixture, source map with sourcesContent, README) holding a key-shaped token.
// The check is `optimocms-scan --pack` itself (npm's own file list, the engine's keys, the config's reviewed
// fingerprints honoured and its path allowlist not), so the release and the published CLI agree.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SCANNER = path.join(root, 'packages/secret-scan/dist/cli/main.js');
/** How `--pack` reports a packed dotenv file (its own finding, whatever the file holds). */
const DOTENV_SECRETS = new Set(['dotenv file', 'dotenv template']);

/** The paths, relative to `dir`, that `npm pack` would pack (its own file list, no scripts run). */
export function packedFiles(dir) {
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', '--loglevel=error'], { cwd: dir, encoding: 'utf8' });
  const [report] = JSON.parse(output);
  return report.files.map((file) => file.path).sort();
}

/** One reason per file, in the release's words, from the findings of one file. */
function reasonFor(file, findings) {
  if (findings.some((finding) => DOTENV_SECRETS.has(finding.secret))) return 'is a dotenv file';
  const [first] = findings;
  const what = file.endsWith('.map') ? 'is a source map holding' : 'holds';
  return `${what} a key (${first.secret} at line ${first.line}${findings.length > 1 ? `, and ${findings.length - 1} more` : ''})`;
}

/**
 * `optimocms-scan --pack` over package folders, run from `repoRoot` (where `.optimocms-scan.json` lives):
 * for each folder, one `{ file, reason }` per packed file that must not be published, `file` relative to it.
 */
export function refusedByPackage(dirs, repoRoot = root) {
  if (!existsSync(SCANNER)) throw new Error(`the scanner is not built (${path.relative(root, SCANNER)}): run pnpm build`);
  const result = spawnSync(process.execPath, [SCANNER, '--pack', ...dirs, '--format', 'json'], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  if (result.error) throw new Error(`optimocms-scan could not start: ${result.error.message}`);
  if (result.status !== 0 && result.status !== 1) throw new Error(`optimocms-scan --pack failed: ${result.stderr.trim().split('\n')[0] ?? `exit ${result.status}`}`);
  const byFile = new Map();
  for (const finding of JSON.parse(result.stdout).findings) {
    const absolute = path.resolve(repoRoot, finding.file);
    byFile.set(absolute, [...(byFile.get(absolute) ?? []), finding]);
  }
  return new Map(
    dirs.map((dir) => {
      const refused = [...byFile]
        .map(([absolute, findings]) => ({ file: path.relative(dir, absolute).split(path.sep).join('/'), findings }))
        .filter(({ file }) => !file.startsWith('../') && !path.isAbsolute(file))
        .sort((a, b) => (a.file < b.file ? -1 : 1))
        .map(({ file, findings }) => ({ file, reason: reasonFor(file, findings) }));
      return [dir, refused];
    }),
  );
}

/**
 * One reason per packed file of `dir` that must not be published (`files`: npm's list, which --pack
 * computes again the same way). `repoRoot` is where `.optimocms-scan.json` lives: its reviewed
 * fingerprints (a documented example key in a README) are honoured, its path allowlist is not, since
 * that is what lets test fixtures hold keys in the repository.
 */
export async function refusedFiles(dir, files, repoRoot = root) {
  const packed = new Set(files);
  return (refusedByPackage([dir], repoRoot).get(dir) ?? []).filter((refused) => packed.has(refused.file));
}
