import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText } from '../../cli-kit/decode-text.js';
import { runGit, splitNul } from '../../cli-kit/git.js';
import { isEnvironmentConfigFile, isStructuredPlaceFile } from '../../engine/environment-places.js';
import { scanText } from '../../engine/scan-text.js';
import type { SourceMode } from '../args.js';
import { readBlobs } from '../sources/blob-reader.js';
import { environmentFindings } from './environment-pass.js';
import { toFinding, type Finding } from './finding.js';

export interface EnvironmentRunContext {
  mode: SourceMode;
  /** The scan root (the repository top level). */
  rootDir: string;
  /** Root-relative path → the path outputs show. */
  display: (path: string) => string;
  maxFileSize: number;
}

function textOf(bytes: Buffer | undefined): string | undefined {
  if (bytes === undefined) return undefined;
  const decoded = decodeText(bytes);
  return decoded.kind === 'text' ? decoded.text : undefined;
}

/** A file of the working tree, for the structure of a CI, Netlify or Vercel file the scan found a key in. */
function readTreeText(rootDir: string, path: string): string | undefined {
  try {
    return textOf(readFileSync(join(rootDir, path)));
  } catch {
    // Gone or unreadable since it was scanned: its lines are no place, which only ever removes findings.
    return undefined;
  }
}

/** `git ls-files -s -z`: `<mode> <blob> <stage>\t<path>` per entry, of the index the next commit records. */
async function indexBlobs(rootDir: string): Promise<Map<string, string>> {
  const entries = splitNul(await runGit(['ls-files', '-s', '-z'], rootDir));
  const blobs = new Map<string, string>();
  for (const entry of entries) {
    const tab = entry.indexOf('\t');
    const [mode, blob] = entry.slice(0, tab).split(' ');
    if (blob && mode !== '120000' && mode !== '160000') blobs.set(entry.slice(tab + 1), blob);
  }
  return blobs;
}

/**
 * Runs the environment rules for the modes that have a tree to compare:
 * a file scan compares the files it scanned; --staged compares the staged
 * files with the environment config files of the index (dotenv, compose, CI,
 * netlify.toml, vercel.json: what the commit records, never the working tree).
 * --history, --bundle and --pack have no places to compare and run none.
 */
export async function runEnvironmentRules(findings: readonly Finding[], { mode, rootDir, display, maxFileSize }: EnvironmentRunContext): Promise<Finding[]> {
  if (mode.kind === 'tree') return environmentFindings({ findings, readText: async (path) => readTreeText(rootDir, path) });
  if (mode.kind !== 'staged') return [];
  const blobs = await indexBlobs(rootDir);
  const scannedPaths = new Set(findings.map((finding) => finding.path));
  const contextPaths = [...blobs.keys()].filter((path) => isEnvironmentConfigFile(path) && !scannedPaths.has(path));
  const wanted = [...contextPaths, ...[...scannedPaths].filter((path) => blobs.has(path) && isStructuredPlaceFile(path))];
  const contents = await readBlobs(wanted.map((path) => blobs.get(path) as string), rootDir, maxFileSize);
  const texts = new Map(wanted.map((path, index) => {
    const blob = contents[index];
    return [path, textOf(blob?.kind === 'blob' ? blob.content : undefined)] as const;
  }));
  const context = contextPaths.flatMap((path) => {
    const text = texts.get(path);
    if (text === undefined) return [];
    return scanText(text, { file: path, rules: ['live-key', 'sandbox-key'] }).map((match) => toFinding(match, { file: display(path), path }));
  });
  return environmentFindings({ findings, context, readText: async (path) => texts.get(path) });
}
