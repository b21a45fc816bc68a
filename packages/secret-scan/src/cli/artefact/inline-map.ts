import { resolvedSources, type MapSources } from './map-sources.js';
import { linkedUrlOf, parseDataUrl } from './source-map.js';

/** The sources of a map inlined as a `data:` URL, with where that URL lies in the bundle. */
export type InlineMap =
  | { kind: 'inline'; start: number; end: number; entries: { source: string; content: string }[] }
  | { kind: 'broken'; note: string };

/**
 * An inline source map's `sourcesContent` (`sourceMappingURL=data:…;base64,…`):
 * base64 hides its keys from a scan of the bundle text, so it is decoded and
 * scanned on its own. Undefined when the bundle links no inline map.
 */
export function inlineMapOf(text: string, mapFile: string): InlineMap | undefined {
  const linked = linkedUrlOf(text);
  if (linked === undefined || !linked.url.startsWith('data:')) return undefined;
  let map: MapSources;
  try {
    map = JSON.parse(parseDataUrl(linked.url) ?? '') as MapSources;
  } catch {
    return { kind: 'broken', note: 'inline source map is not a readable data: URL with JSON: its sourcesContent is not scanned' };
  }
  const sources = resolvedSources(map, mapFile);
  const contents: unknown[] = Array.isArray(map.sourcesContent) ? map.sourcesContent : [];
  const entries = contents.flatMap((content, index) => (typeof content === 'string' ? [{ source: sources[index] ?? `source ${index}`, content }] : []));
  return { kind: 'inline', start: linked.start, end: linked.start + linked.url.length, entries };
}
