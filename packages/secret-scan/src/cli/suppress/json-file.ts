import { readFileSync } from 'node:fs';
import { CliError, oneLine } from '../../cli-kit/cli-error.js';

/** Reads and parses a JSON file; `label` names it in the one-line error (`config .optimocms-scan.json`). */
export function readJsonFile(file: string, label: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`${label}: cannot read (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : (code ?? oneLine(error))})`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    throw new CliError(`${label}: invalid JSON (${oneLine(error)})`);
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
