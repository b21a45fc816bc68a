import { fingerprintAs } from '../../engine/redact.js';
import type { Finding } from '../scan/finding.js';
import { RUN_RULES } from '../scan/run-rules.js';
import type { SuppressedFinding } from './suppressed-finding.js';

export interface InlineMarkerOptions {
  /** --no-inline-allow: markers suppress nothing (CI that trusts no annotation). */
  inlineAllow: boolean;
  /** --require-reason: a marker without a reason that suppresses a finding is a finding itself. */
  requireReason: boolean;
}

export interface InlineMarkersApplied {
  findings: Finding[];
  suppressed: SuppressedFinding[];
}

/** One `inline-allow-without-reason` finding at the marker; fingerprinted by the key it covers, so no line number. */
function bareMarker(covered: Finding): Finding {
  const marker = covered.suppressed as NonNullable<Finding['suppressed']>;
  return {
    rule: 'inline-allow-without-reason',
    file: covered.file,
    path: covered.path,
    line: marker.line,
    column: marker.column,
    endLine: marker.line,
    endColumn: marker.column + marker.marker.length,
    secret: covered.secret,
    fingerprint: fingerprintAs('inline-allow-without-reason', covered.fingerprint),
    severity: RUN_RULES['inline-allow-without-reason'].severity,
    detail: `${marker.marker} without a reason covers ${covered.rule} ${covered.secret}`,
    ...(covered.commit ? { commit: covered.commit } : {}),
    ...(covered.authorDate ? { authorDate: covered.authorDate } : {}),
  };
}

/**
 * The inline-marker stage: the engine returns the findings a marker covers
 * (marked `suppressed`), and the flags decide what they are. Markers suppress
 * (the default); with --no-inline-allow they do not; with --require-reason a
 * bare marker is reported once, at the marker, and the findings it covers stay suppressed.
 */
export function applyInlineMarkers(findings: readonly Finding[], options: InlineMarkerOptions): InlineMarkersApplied {
  if (!options.inlineAllow) return { findings: findings.map(({ suppressed: _marker, ...finding }) => finding), suppressed: [] };
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  const bare = new Map<string, Finding>();
  for (const finding of findings) {
    const marker = finding.suppressed;
    if (!marker) {
      kept.push(finding);
      continue;
    }
    suppressed.push({ finding, by: 'inline', ...(marker.reason === undefined ? {} : { justification: marker.reason }) });
    const at = `${finding.path}:${marker.line}:${marker.column}:${finding.commit ?? ''}`;
    if (options.requireReason && marker.reason === undefined && !bare.has(at)) bare.set(at, bareMarker(finding));
  }
  return { findings: [...kept, ...bare.values()], suppressed };
}
