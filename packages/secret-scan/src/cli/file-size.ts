import { CliError } from '../cli-kit/cli-error.js';

const UNITS: Readonly<Record<string, number>> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
  gib: 1024 ** 3,
};
const SIZE = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i;

/** Parses `10MB`, `512k`, `1.5MiB`, `4096` (bytes). Binary units: `10MB` is 10 MiB, as in `du` and most scanners. */
export function parseFileSize(text: string, flag: string): number {
  const match = SIZE.exec(text.trim());
  const unit = UNITS[(match?.[2] ?? '').toLowerCase()];
  if (!match || unit === undefined) {
    throw new CliError(`${flag} expects a size such as 10MB, 512k or 1048576, got "${text}"`, 'usage');
  }
  const bytes = Math.floor(Number(match[1]) * unit);
  if (bytes <= 0) throw new CliError(`${flag} must be greater than 0, got "${text}"`, 'usage');
  return bytes;
}

/** `1.2 MB`, `340 kB`, `12 B`: for summaries. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${bytes} B`;
}
