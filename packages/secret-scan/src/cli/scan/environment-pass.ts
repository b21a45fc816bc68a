import { KEY_ENVIRONMENT_PROPERTIES } from '@optimocms/auth-types';
import { describePlace, environmentPlaces, expectedKeyEnvironment, isStructuredPlaceFile, STAGES, type EnvironmentPlace } from '../../engine/environment-places.js';
import { fingerprint, fingerprintAs, fingerprintHash } from '../../engine/redact.js';
import type { Finding } from './finding.js';
import { RUN_RULES, type RunRuleId } from './run-rules.js';

/** A key finding and the place it is in. */
interface PlacedKey {
  finding: Finding;
  place: EnvironmentPlace;
  /** `file` plus the section: how reports name the place. */
  label: string;
  /** False for --staged's context (the index's config files that are not staged): compared with, never reported alone. */
  scanned: boolean;
}

export interface EnvironmentPassInput {
  /** The run's findings, inline markers applied. */
  findings: readonly Finding[];
  /** --staged: key findings of the environment config files the index holds besides the staged ones. */
  context?: readonly Finding[];
  /** The text of a CI YAML, netlify.toml or vercel.json file (root-relative path), for the place of each line. */
  readText: (path: string) => Promise<string | undefined>;
}

const KEY_RULES: ReadonlySet<string> = new Set(['live-key', 'sandbox-key']);

/** Order of comparison: stage (development first), then path, line, column. */
function comparePlaced(a: PlacedKey, b: PlacedKey): number {
  return STAGES.indexOf(a.place.stage) - STAGES.indexOf(b.place.stage) || (a.finding.path < b.finding.path ? -1 : a.finding.path > b.finding.path ? 1 : 0) || a.finding.line - b.finding.line || a.finding.column - b.finding.column;
}

function derived(rule: RunRuleId, at: PlacedKey, derivedFingerprint: string, detail: string): Finding {
  const { finding } = at;
  return {
    rule,
    file: finding.file,
    path: finding.path,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    secret: finding.secret,
    fingerprint: derivedFingerprint,
    severity: RUN_RULES[rule].severity,
    ...(finding.environment ? { environment: finding.environment } : {}),
    place: at.label,
    detail,
  };
}

/** Why the key is wrong for the place, in the guide's words. */
function mismatchDetail(at: PlacedKey): string {
  const { live, sandbox } = KEY_ENVIRONMENT_PROPERTIES;
  const [who, cost] = at.place.stage === 'test' ? ['tests touch', 'cost'] : ['development touches', 'costs'];
  if (at.finding.environment === 'live') return `live key in a ${at.place.stage} place (${at.label}): ${who} ${live.data.toLowerCase()} and ${cost} money (${live.cost.toLowerCase()} cost); use a sandbox key`;
  return `sandbox key in a production place (${at.label}): publishing has no effect (${sandbox.publishing.replace(/^No effect \(|\)$/g, '')}) and data is test data; use a live key`;
}

/**
 * The cross-file rules, run after detection on every key finding of the run:
 *
 * - `environment-mismatch`: a key whose kind is not the one the guide gives
 *   the place's stage (live in development or test, sandbox in production).
 * - `key-reused-across-environments`: per key, the first place in stage order
 *   (development, test, preview, staging, production; then path and line) is
 *   the anchor, and every place of another stage is one finding there that
 *   names the anchor (`related`).
 *
 * Findings covered by an inline marker are not seen. With --staged a reuse
 * is reported when either place is staged, at the later place, which may be
 * a file the index holds unchanged: the same finding and fingerprint as a
 * scan of the whole tree.
 */
export async function environmentFindings({ findings, context = [], readText }: EnvironmentPassInput): Promise<Finding[]> {
  const keys = [...findings.map((finding) => ({ finding, scanned: true })), ...context.map((finding) => ({ finding, scanned: false }))].filter(({ finding }) => KEY_RULES.has(finding.rule) && !finding.suppressed);
  const placesByPath = new Map<string, (line: number) => EnvironmentPlace | undefined>();
  const placed: PlacedKey[] = [];
  for (const { finding, scanned } of keys) {
    let placeOf = placesByPath.get(finding.path);
    if (!placeOf) {
      placeOf = environmentPlaces(finding.path, isStructuredPlaceFile(finding.path) ? await readText(finding.path) : undefined);
      placesByPath.set(finding.path, placeOf);
    }
    const place = placeOf(finding.line);
    if (place) placed.push({ finding, place, label: describePlace(finding.file, place), scanned });
  }

  const results: Finding[] = [];
  for (const at of placed) {
    const expected = expectedKeyEnvironment(at.place.stage);
    if (at.scanned && expected && at.finding.environment && expected !== at.finding.environment) {
      results.push(derived('environment-mismatch', at, fingerprintAs('environment-mismatch', at.finding.fingerprint), mismatchDetail(at)));
    }
  }

  const byKey = new Map<string, PlacedKey[]>();
  for (const at of placed) {
    const hash = fingerprintHash(at.finding.fingerprint);
    const group = byKey.get(hash);
    if (group) group.push(at);
    else byKey.set(hash, [at]);
  }
  for (const [hash, group] of byKey) {
    // One entry per place: the first occurrence of the key in each file section.
    const places = [...new Map(group.sort(comparePlaced).map((at) => [at.label, at] as const)).values()].sort(comparePlaced);
    const anchor = places[0] as PlacedKey;
    for (const at of places) {
      if (at.place.stage === anchor.place.stage || (!at.scanned && !anchor.scanned)) continue;
      // Fingerprinted by the key and the place it was first seen: one baseline entry per reuse.
      const reuse = derived('key-reused-across-environments', at, fingerprint('key-reused-across-environments', at.finding.path, `${hash}\0${anchor.finding.path}`), `the same key as ${anchor.label} (${anchor.place.stage}), here in a ${at.place.stage} place (${at.label})`);
      const { finding } = anchor;
      results.push({ ...reuse, related: { file: finding.file, path: finding.path, line: finding.line, column: finding.column, endLine: finding.endLine, endColumn: finding.endColumn, place: anchor.label } });
    }
  }
  return results;
}
