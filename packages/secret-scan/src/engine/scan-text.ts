import type { KeyEnvironment } from '@optimocms/auth-types';
import { findDotenvAssignments, findGenericAssignments, findPublicEnvExposures, isDotenvFile, type RawFinding } from './assignment-rules.js';
import { allowReason } from './allow-reason.js';
import { InlineAllow } from './inline-allow.js';
import { findKeyTokens } from './key-tokens.js';
import { isPlaceholder } from './placeholder.js';
import { LineLocator } from './positions.js';
import { findCandidates } from './prefilter.js';
import { fingerprint, redact } from './redact.js';
import { RULES, type RuleId, type Severity } from './rules.js';

/** One finding. Carries the redacted secret and a fingerprint, never the secret itself. */
export interface Match {
  rule: RuleId;
  /** 1-based. */
  line: number;
  /** 1-based, UTF-16 code units. */
  column: number;
  endLine: number;
  /** 1-based, exclusive (the column just after the secret), like ESLint and SARIF. */
  endColumn: number;
  /** 0-based offsets into the text, for tools that report ranges (ESLint, secretlint). */
  start: number;
  end: number;
  /** `live` / `sandbox` for key tokens. */
  environment?: KeyEnvironment;
  /** Prefix plus the first 4 characters of the body, then `…`. */
  secret: string;
  /** Rule, file and a hash of the secret; no line number, so it survives lines moving. */
  fingerprint: string;
  severity: Severity;
  /** With `keepSuppressed`: the inline marker that covers this match. Such a match is suppressed, not a finding. */
  suppressed?: InlineSuppression;
}

/** An inline marker that covers a match, where it is, and the reason written after it. */
export interface InlineSuppression {
  kind: 'inline';
  /** The marker as written (`optimocms-scan-allow`, `gitleaks:allow`, `pragma: allowlist secret`). */
  marker: string;
  /** `optimocms-scan-allow: test fixture` → `test fixture`; absent for a bare marker. Keys in it are redacted. */
  reason?: string;
  /** 1-based position of the marker. */
  line: number;
  column: number;
}

export interface ScanOptions {
  /** Path of the text, relative and with `/` separators: used in fingerprints and to recognise dotenv and code files. */
  file?: string;
  /** Rules to run (default: all). */
  rules?: readonly RuleId[];
  /**
   * Drop findings that an `optimocms-scan-allow`, `gitleaks:allow` or `pragma: allowlist secret`
   * marker covers: on its line, within `INLINE_ALLOW_REACH` characters (default true).
   */
  inlineAllow?: boolean;
  /**
   * Whether a dotenv file is (about to be) committed: the CLI knows, the
   * engine does not. Default true; `env-file-committed` runs only when true.
   */
  committed?: boolean;
  /**
   * Return the matches an inline marker covers too, each with `suppressed`
   * (the marker and its reason), instead of dropping them: for reports that
   * list suppressed findings and for `--require-reason`. Default false.
   */
  keepSuppressed?: boolean;
}

function keyFindings(text: string, rules: ReadonlySet<RuleId>): (RawFinding & { environment: KeyEnvironment })[] {
  return findKeyTokens(text)
    .filter((token) => !isPlaceholder(token.value))
    .map((token) => ({ rule: token.environment === 'live' ? 'live-key' : 'sandbox-key', start: token.start, end: token.end, value: token.value, environment: token.environment }) as const)
    .filter((finding) => rules.has(finding.rule));
}

const ALL_RULES: ReadonlySet<RuleId> = new Set(Object.keys(RULES) as RuleId[]);

/**
 * Scans one text. Pure: no I/O, the same text and options always give the
 * same matches, sorted by position. Placeholders are never reported.
 */
export function scanText(text: string, options: ScanOptions = {}): Match[] {
  // One pass decides which finders can match; text without markers ends here.
  const candidates = findCandidates(text);
  const file = options.file ?? '';
  const rules = options.rules ? new Set(options.rules) : ALL_RULES;
  // `concat`, not `push(...)`: spreading a huge list of findings overflows the call stack.
  let raw: (RawFinding & { environment?: KeyEnvironment })[] = candidates.keyPrefix ? keyFindings(text, rules) : [];
  if (rules.has('generic-key-assignment')) raw = raw.concat(findGenericAssignments(text, options.file, candidates));
  if (rules.has('public-env-exposure')) raw = raw.concat(findPublicEnvExposures(text, candidates.names));
  if (rules.has('env-file-committed') && candidates.names.length > 0 && options.committed !== false && isDotenvFile(file)) {
    const dotenv = findDotenvAssignments(text);
    // In a committed dotenv file, env-file-committed already says it of every value: keep one finding per value.
    const covered = new Set(dotenv.map((finding) => finding.start));
    raw = raw.filter((finding) => finding.rule !== 'generic-key-assignment' || !covered.has(finding.start)).concat(dotenv);
  }
  if (raw.length === 0) return [];
  raw.sort((a, b) => a.start - b.start || a.rule.localeCompare(b.rule));

  const locator = new LineLocator(text);
  const allow = options.inlineAllow === false ? undefined : new InlineAllow(text);
  const matches: Match[] = [];
  for (const finding of raw) {
    const marker = allow?.coveringMarker(finding.start, finding.end);
    if (marker && !options.keepSuppressed) continue;
    // A marker before the finding is located first: the locator is cheap only going forwards.
    const markerAt = marker && marker.start < finding.start ? locator.locate(marker.start) : undefined;
    const from = locator.locate(finding.start);
    const to = locator.locate(finding.end);
    const shown = redact(finding.value);
    matches.push({
      rule: finding.rule,
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
      start: finding.start,
      end: finding.end,
      ...(finding.environment ? { environment: finding.environment } : {}),
      secret: finding.name ? `${finding.name}=${shown}` : shown,
      fingerprint: fingerprint(finding.rule, file, finding.name ? `${finding.name}=${finding.value}` : finding.value),
      severity: RULES[finding.rule].severity,
      ...(marker ? { suppressed: inlineSuppression(text, marker, markerAt ?? locator.locate(marker.start)) } : {}),
    });
  }
  return matches;
}

function inlineSuppression(text: string, marker: { end: number; marker: string }, at: { line: number; column: number }): InlineSuppression {
  const reason = allowReason(text, marker.end);
  return { kind: 'inline', marker: marker.marker, ...(reason === undefined ? {} : { reason }), line: at.line, column: at.column };
}
