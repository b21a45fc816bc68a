import { readFileSync } from 'node:fs';
import { decodeText, type Decoded } from '@optimocms/secret-scan/cli-kit';

/** A file's bytes decoded as `optimocms-scan` decodes them: the mark reported (not in the text), and whether the bytes were valid UTF-8. */
export function readDecodedFile(path: string): Decoded {
  return decodeText(readFileSync(path));
}

/**
 * The file as UTF-8 text, its UTF-8 mark kept as U+FEFF, or `undefined` for a
 * binary file. UTF-16 and UTF-32 files (with a mark) are `undefined` too:
 * text-level rewriting would write them back as UTF-8. Callers that handle
 * other encodings use {@link readDecodedFile}.
 */
export function readTextFile(path: string): string | undefined {
  const decoded = readDecodedFile(path);
  if (decoded.kind === 'binary' || (decoded.bom !== undefined && decoded.bom !== 'utf8')) return undefined;
  return decoded.bom === 'utf8' ? `\uFEFF${decoded.text}` : decoded.text;
}
