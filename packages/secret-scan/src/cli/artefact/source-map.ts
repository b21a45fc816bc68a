import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { originalPositionFor, sourceContentFor, TraceMap, type SourceMapInput } from '@jridgewell/trace-mapping';

/** A position in an original source file: what a source map says a bundle position came from. */
export interface OriginalPosition {
  /** Absolute path when the map points at a file, else the map's source as written (`webpack://app/./src/a.ts`). */
  source: string;
  /** 1-based. */
  line: number;
  /** 1-based, as every position in the reports. */
  column: number;
}

/** A loaded map, or why there is none to use (said as a note; the finding is kept). */
export type LoadedMap = { kind: 'map'; map: TraceMap; label: string } | { kind: 'none' } | { kind: 'broken'; note: string };

const MAPPING_URL = /[#@][ \t]+sourceMappingURL=([^\s'"*]+)/g;

/** The last `sourceMappingURL` comment of a bundle (JS `//#`, CSS `/*#`), as the spec says the last one counts, and where its URL starts. */
export function linkedUrlOf(text: string): { url: string; start: number } | undefined {
  // The comment ends a file; an inline map can be long, so the tail is not enough: search from the end.
  const at = text.lastIndexOf('sourceMappingURL=');
  if (at === -1) return undefined;
  MAPPING_URL.lastIndex = Math.max(0, at - 4);
  const match = MAPPING_URL.exec(text);
  MAPPING_URL.lastIndex = 0;
  if (match?.[1] === undefined) return undefined;
  return { url: match[1], start: match.index + match[0].length - match[1].length };
}

function linkedUrl(text: string): string | undefined {
  return linkedUrlOf(text)?.url;
}

export function parseDataUrl(url: string): string | undefined {
  const comma = url.indexOf(',');
  if (comma === -1) return undefined;
  const meta = url.slice(5, comma);
  const data = url.slice(comma + 1);
  return meta.endsWith(';base64') ? Buffer.from(data, 'base64').toString('utf8') : decodeURIComponent(data);
}

function build(json: string, mapFile: string, label: string): LoadedMap {
  try {
    const map = new TraceMap(JSON.parse(json) as SourceMapInput, pathToFileURL(mapFile).href);
    return { kind: 'map', map, label };
  } catch (error) {
    return { kind: 'broken', note: `source map ${label} does not parse (${(error as Error).message.split('\n')[0]}): findings kept, not traced` };
  }
}

/**
 * The source map of a bundle file: the one its `sourceMappingURL` names (a
 * file or an inline `data:` URL), else `<file>.map` beside it. Only read for
 * files with findings, so memory stays bounded by the largest file.
 */
export function loadSourceMap(absolute: string, text: string): LoadedMap {
  const url = linkedUrl(text);
  if (url?.startsWith('data:')) {
    let json: string | undefined;
    try {
      json = parseDataUrl(url);
    } catch {
      json = undefined;
    }
    return json === undefined ? { kind: 'broken', note: 'inline source map is not a readable data: URL: findings kept, not traced' } : build(json, absolute, 'inline');
  }
  const linked = url === undefined || /^[a-z][a-z0-9+.-]*:/i.test(url) ? undefined : join(dirname(absolute), decodeURIComponent(url.split(/[?#]/)[0] as string));
  const mapFile = linked ?? `${absolute}.map`;
  const label = linked === undefined ? `${basename(absolute)}.map` : (url as string);
  let json: string;
  try {
    json = readFileSync(mapFile, 'utf8');
  } catch {
    // No map beside an unlinked file is the normal case; a linked map that is missing is worth saying.
    return linked === undefined ? { kind: 'none' } : { kind: 'broken', note: `source map ${label} is linked but cannot be read: findings kept, not traced` };
  }
  return build(json, mapFile, label);
}

/** The map's source as a path when it is a file URL, else as written. */
export function sourcePath(source: string): string {
  return source.startsWith('file:') ? fileURLToPath(source) : source;
}

/** Where a 1-based line and column of the bundle came from, or undefined when the map does not say. */
export function traceOriginal(map: TraceMap, line: number, column: number): (OriginalPosition & { content: string | null }) | undefined {
  const original = originalPositionFor(map, { line, column: column - 1 });
  if (original.source === null || original.line === null || original.column === null) return undefined;
  return { source: sourcePath(original.source), line: original.line, column: original.column + 1, content: sourceContentFor(map, original.source) };
}
