import { pathToFileURL } from 'node:url';
import { sourcePath } from './source-map.js';

/** The parts of a source map that name its sources. */
export interface MapSources {
  sources?: unknown;
  sourceRoot?: unknown;
  sourcesContent?: unknown;
}

/**
 * A map's sources, resolved as trace-mapping resolves them (after
 * `sourceRoot`, relative to the map's own file): absolute paths for files,
 * the source as written for other URLs (`webpack://…`); undefined for a null
 * entry.
 */
export function resolvedSources(map: MapSources, mapFile: string): (string | undefined)[] {
  if (!Array.isArray(map.sources)) return [];
  const base = pathToFileURL(mapFile);
  const root = typeof map.sourceRoot === 'string' && map.sourceRoot !== '' ? map.sourceRoot.replace(/\/?$/, '/') : '';
  return map.sources.map((source: unknown) => {
    if (typeof source !== 'string') return undefined;
    try {
      return sourcePath(new URL(`${root}${source}`, base).href);
    } catch {
      return `${root}${source}`;
    }
  });
}

/** The same from a map's JSON text; none when it does not parse. */
export function resolvedSourcesOf(text: string, mapFile: string): (string | undefined)[] {
  try {
    return resolvedSources(JSON.parse(text) as MapSources, mapFile);
  } catch {
    return [];
  }
}
