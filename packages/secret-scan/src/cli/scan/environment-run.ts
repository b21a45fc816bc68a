import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText } from '../../cli-kit/decode-text.js';
import { runGit } from '../../cli-kit/git.js';
import { ENVIRONMENT_CONFIG_MARKERS, isEnvironmentConfigFile, isStructuredPlaceFile } from '../../engine/environment-places.js';
import { escapeRegExp } from '../../engine/escape-regexp.js';
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

// The markers are ASCII, and a UTF-8 byte below 0x80 is always that character: on the listing read as latin1 (one
// character per byte, offsets are byte offsets) they match exactly where the paths hold them.
const CONFIG_MARKER = new RegExp(ENVIRONMENT_CONFIG_MARKERS.map(escapeRegExp).join('|'), 'g');

/**
 * The environment config files of a `git ls-files -s -z` listing
 * (`<mode> <blob> <stage>\t<path>` per entry): path → blob, in index order,
 * symlinks and gitlinks left out. Only the entries holding one of
 * `ENVIRONMENT_CONFIG_MARKERS` are decoded and classified: splitting and
 * classifying a 14k-file index took ~40 ms, one search of it takes ~3.
 */
export function environmentConfigBlobs(listing: Buffer): Map<string, string> {
  const bytes = listing.toString('latin1');
  // Where each entry holding a marker starts; matches come in order, so these are in index order.
  const starts = new Set<number>();
  for (const found of bytes.matchAll(CONFIG_MARKER)) starts.add(bytes.lastIndexOf('\0', found.index) + 1);
  const blobs = new Map<string, string>();
  for (const start of starts) {
    const end = bytes.indexOf('\0', start);
    const entry = listing.toString('utf8', start, end === -1 ? listing.length : end);
    const tab = entry.indexOf('\t');
    const [mode, blob] = entry.slice(0, tab).split(' ');
    const path = entry.slice(tab + 1);
    if (blob && mode !== '120000' && mode !== '160000' && isEnvironmentConfigFile(path)) blobs.set(path, blob);
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
  const blobs = environmentConfigBlobs(await runGit(['ls-files', '-s', '-z'], rootDir));
  const scannedPaths = new Set(findings.map((finding) => finding.path));
  const contextPaths = [...blobs.keys()].filter((path) => !scannedPaths.has(path));
  // A structured file is an environment config file: when staged, its blob is in `blobs` too.
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
