import { readFileSync } from 'node:fs';

/** Bytes sampled to tell binary files from text, as git does. */
const SNIFF = 8000;

/** The file as UTF-8 text, or `undefined` for a binary file (a NUL byte near the start). */
export function readTextFile(path: string): string | undefined {
  const buffer = readFileSync(path);
  if (buffer.subarray(0, SNIFF).includes(0)) return undefined;
  return buffer.toString('utf8');
}
