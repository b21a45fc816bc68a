import { escapeRegExp } from './escape-regexp.js';
import { hasLineBreak } from './line-breaks.js';

/**
 * Inline markers that suppress findings near them on their line: ours, and
 * those of gitleaks and detect-secrets so that teams migrating keep their annotations.
 */
export const INLINE_ALLOW_MARKERS = ['optimocms-scan-allow', 'gitleaks:allow', 'pragma: allowlist secret'] as const;

/**
 * How far a marker reaches along its line, in characters (UTF-16 code units)
 * on either side. Lines a person writes, a Markdown paragraph included, are
 * shorter, so there a marker covers its whole line as gitleaks and
 * detect-secrets do; in a minified or generated line it covers its
 * neighbourhood, not every key in the bundle.
 */
export const INLINE_ALLOW_REACH = 1000;

const LONGEST_MARKER = Math.max(...INLINE_ALLOW_MARKERS.map((marker) => marker.length));
const MARKER = new RegExp(INLINE_ALLOW_MARKERS.map(escapeRegExp).join('|'), 'g');

/** True when the text (a line) holds one of {@link INLINE_ALLOW_MARKERS} anywhere. */
export function hasInlineAllow(lineText: string): boolean {
  return INLINE_ALLOW_MARKERS.some((marker) => lineText.includes(marker));
}

/**
 * Which findings of one text its inline markers cover: a finding is covered
 * when a marker stands on the same line (lines end at CR, LF, CRLF, U+2028,
 * U+2029) and the characters between them number at most
 * {@link INLINE_ALLOW_REACH}.
 */
export class InlineAllow {
  /** Start and end of each marker, in text order; found on the first question, once. */
  private markers: { start: number; end: number }[] | undefined;

  constructor(private readonly text: string) {}

  /** True when a marker covers the finding at `start`…`end`. */
  covers(start: number, end: number): boolean {
    return this.coveringMarker(start, end) !== undefined;
  }

  /** The first marker that covers the finding at `start`…`end`: its offsets and text, for reports that say why. */
  coveringMarker(start: number, end: number): { start: number; end: number; marker: string } | undefined {
    const markers = this.markersOfText();
    for (let index = firstAtOrAfter(markers, start - INLINE_ALLOW_REACH - LONGEST_MARKER); index < markers.length; index++) {
      const marker = markers[index] as { start: number; end: number };
      if (marker.start > end + INLINE_ALLOW_REACH) return undefined;
      // The characters between marker and finding (none when they touch or overlap).
      const from = Math.min(marker.end, end);
      const to = Math.max(marker.start, start);
      if (to - from <= INLINE_ALLOW_REACH && !hasLineBreak(this.text.slice(from, to))) return { ...marker, marker: this.text.slice(marker.start, marker.end) };
    }
    return undefined;
  }

  private markersOfText(): { start: number; end: number }[] {
    if (this.markers) return this.markers;
    this.markers = [];
    MARKER.lastIndex = 0;
    for (let found = MARKER.exec(this.text); found; found = MARKER.exec(this.text)) {
      this.markers.push({ start: found.index, end: found.index + found[0].length });
    }
    return this.markers;
  }
}

/** Index of the first marker that starts at or after `offset` (binary search). */
function firstAtOrAfter(markers: readonly { start: number }[], offset: number): number {
  let low = 0;
  let high = markers.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((markers[middle] as { start: number }).start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
