import { basename, isAbsolute } from 'node:path';
import { decodeWithBom, detectBom, looksBinary } from '../../cli-kit/decode-text.js';
import { slashRelative } from '../../cli-kit/file-root.js';
import { isDotenvFile } from '../../engine/assignment-rules.js';
import { LineLocator } from '../../engine/positions.js';
import { fingerprint, fingerprintAs } from '../../engine/redact.js';
import { RULES } from '../../engine/rules.js';
import { scanText } from '../../engine/scan-text.js';
import type { FileOutcome } from '../scan/outcome.js';
import type { ArtefactRuleId } from './artefact-rules.js';
import type { OriginalSource, ReportMatch } from './artefact-match.js';
import type { EnvValue } from './env-values.js';
import { likelyCause, type BuildHints } from './likely-cause.js';
import { positionInContent, rangeAt, sourcesContentRanges } from './map-sources-content.js';
import { inlineMapOf } from './inline-map.js';
import { resolvedSourcesOf } from './map-sources.js';
import { loadSourceMap, traceOriginal } from './source-map.js';
import { ValueMatcher } from './value-matcher.js';

/** What an artefact scan looks for, sent to every scan thread (plain data: it crosses to the workers). */
export interface ArtefactDetector {
  kind: 'bundle' | 'pack';
  /** The scan root, absolute: original sources are shown relative to it. */
  root: string;
  /** --bundle: the project's key values. Never printed. */
  values: EnvValue[];
  hints: BuildHints;
}

const KEY_RULE: Record<ArtefactDetector['kind'], ArtefactRuleId> = { bundle: 'key-in-bundle', pack: 'key-in-package' };
const DOTENV_NAME = /^\.env(?:\..+)?$/;

// The matcher is built once per thread and detector (its pattern compiled once), not per file.
let cached: { values: EnvValue[]; matcher: ValueMatcher } | undefined;
function matcherFor(values: EnvValue[]): ValueMatcher {
  if (cached?.values.length !== values.length || cached.values.some((value, index) => value.value !== values[index]?.value || value.name !== values[index]?.name)) {
    cached = { values, matcher: new ValueMatcher(values) };
  }
  return cached.matcher;
}

function showSource(root: string, source: string): string {
  return isAbsolute(source) ? slashRelative(root, source) : source;
}

/**
 * Detection for build output and package files: key tokens (the engine's,
 * placeholders and inline markers honoured) and the project's key values,
 * each placed in the original source when a source map says where, with the
 * likely cause for --bundle. A dotenv file in a package is a finding by
 * itself: whatever it holds at publish time ships.
 */
export function scanArtefact(buffer: Buffer, absolute: string, path: string, detector: ArtefactDetector): FileOutcome {
  const bytes = buffer.length;
  const bom = detectBom(buffer);
  if ((bom === undefined || bom === 'utf8') && looksBinary(buffer)) return { kind: 'skipped', reason: 'binary' };
  const { text } = decodeWithBom(buffer, bom);
  const keyRule = KEY_RULE[detector.kind];
  const matches: ReportMatch[] = [];
  if (detector.kind === 'pack' && DOTENV_NAME.test(basename(path))) {
    matches.push({ rule: keyRule, line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0, secret: isDotenvFile(path) ? 'dotenv file' : 'dotenv template', fingerprint: fingerprint(keyRule, path, 'dotenv file'), severity: 'error' });
  }
  for (const match of scanText(text, { file: path, rules: ['live-key', 'sandbox-key'] })) {
    matches.push({ ...match, rule: keyRule, fingerprint: fingerprintAs(keyRule, match.fingerprint), sourceFingerprint: match.fingerprint, severity: RULES[match.rule].severity });
  }
  const matcher = detector.kind === 'bundle' && detector.values.length > 0 ? matcherFor(detector.values) : undefined;
  if (matcher) addValueMatches(text, path, matches, matcher);
  const inlineNote = path.endsWith('.map') ? undefined : addInlineMapMatches(text, absolute, path, matches, { keyRule, matcher, root: detector.root, hints: detector.kind === 'bundle' ? detector.hints : undefined });
  if (matches.length === 0) return { kind: 'scanned', bytes, matches: [], ...(inlineNote === undefined ? {} : { note: inlineNote }) };
  matches.sort((a, b) => a.start - b.start);
  const note = placeInSources(text, absolute, path, matches, detector) ?? inlineNote;
  return { kind: 'scanned', bytes, matches, ...(note === undefined ? {} : { note }) };
}

/** Values found verbatim; one that is also a reported key adds its variables to the key's finding instead. */
function addValueMatches(text: string, path: string, matches: ReportMatch[], matcher: ValueMatcher): void {
  const found = matcher.find(text);
  if (found.length === 0) return;
  const locator = new LineLocator(text);
  const keys = [...matches];
  for (const value of found) {
    const key = keys.find((match) => match.start < value.end && value.start < match.end);
    if (key) {
      key.variables = [...new Set([...(key.variables ?? []), ...value.names])].sort();
      continue;
    }
    const from = locator.locate(value.start);
    const to = locator.locate(value.end);
    matches.push({
      rule: 'env-value-in-bundle',
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
      start: value.start,
      end: value.end,
      variables: value.names,
      secret: `value of ${value.names.join(', ')}`,
      fingerprint: fingerprint('env-value-in-bundle', path, value.value),
      severity: 'error',
    });
  }
}

interface InlineContext {
  keyRule: ArtefactRuleId;
  matcher: ValueMatcher | undefined;
  root: string;
  hints: BuildHints | undefined;
}

/**
 * Keys and values in the `sourcesContent` of an inline (`data:`) source map,
 * which base64 hides from the bundle's own scan: reported at the map's URL in
 * the bundle, with the original file, line and column as `source`.
 */
function addInlineMapMatches(text: string, absolute: string, path: string, matches: ReportMatch[], context: InlineContext): string | undefined {
  if (!text.includes('sourceMappingURL=data:')) return undefined;
  const inline = inlineMapOf(text, absolute);
  if (inline === undefined) return undefined;
  if (inline.kind === 'broken') return inline.note;
  const locator = new LineLocator(text);
  const from = locator.locate(inline.start);
  const to = locator.locate(inline.end);
  const at = { line: from.line, column: from.column, endLine: to.line, endColumn: to.column, start: inline.start, end: inline.end };
  for (const { source, content } of inline.entries) {
    const file = showSource(context.root, source);
    const contentLocator = new LineLocator(content);
    // The text is in the original file itself (its sourcesContent): the cause is read there, not traced.
    const cause = (line: number, found: string, variables?: string[]) =>
      context.hints ? { cause: likelyCause({ file: path, ...(variables ? { variables } : {}), original: { file, line, content }, found, hints: context.hints }) } : {};
    for (const match of scanText(content, { file: path, rules: ['live-key', 'sandbox-key'] })) {
      const { environment } = match;
      const source = { file, line: match.line, column: match.column };
      matches.push({ rule: context.keyRule, ...at, ...(environment ? { environment } : {}), secret: match.secret, fingerprint: fingerprintAs(context.keyRule, match.fingerprint), sourceFingerprint: match.fingerprint, severity: 'error', source, ...cause(match.line, content.slice(match.start, match.end)) });
    }
    for (const value of context.matcher?.find(content) ?? []) {
      const position = contentLocator.locate(value.start);
      const source = { file, line: position.line, column: position.column };
      matches.push({ rule: 'env-value-in-bundle', ...at, variables: value.names, secret: `value of ${value.names.join(', ')}`, fingerprint: fingerprint('env-value-in-bundle', path, value.value), severity: 'error', source, ...cause(position.line, content.slice(value.start, value.end), value.names) });
    }
  }
  return undefined;
}

/**
 * Gives each match its original source: in a source map, the `sourcesContent`
 * string it lies in; in a bundle, what its map says. Returns a note when a map
 * exists but cannot be used (the findings are kept, untraced).
 */
function placeInSources(text: string, absolute: string, path: string, matches: ReportMatch[], detector: ArtefactDetector): string | undefined {
  let note: string | undefined;
  const contents = new Map<string, string | null>();
  if (path.endsWith('.map')) {
    const ranges = sourcesContentRanges(text);
    const sources = ranges.length > 0 ? resolvedSourcesOf(text, absolute) : [];
    for (const match of matches) {
      const range = rangeAt(ranges, match.start);
      const source = range === undefined ? undefined : sources[range.index];
      if (range === undefined || source === undefined) continue;
      const position = positionInContent(text, range, match.start);
      match.source = { file: showSource(detector.root, source), ...position };
      if (!contents.has(match.source.file)) contents.set(match.source.file, JSON.parse(`"${text.slice(range.start, range.end)}"`) as string);
    }
  } else if (matches.some((match) => match.source === undefined && match.end > match.start)) {
    const loaded = loadSourceMap(absolute, text);
    if (loaded.kind === 'broken') note = loaded.note;
    if (loaded.kind === 'map') {
      let untraced = 0;
      for (const match of matches) {
        if (match.source !== undefined || match.end === match.start) continue;
        const original = traceOriginal(loaded.map, match.line, match.column);
        if (original === undefined) {
          untraced++;
          continue;
        }
        match.source = { file: showSource(detector.root, original.source), line: original.line, column: original.column };
        contents.set(match.source.file, original.content);
      }
      if (untraced > 0) note = `source map ${loaded.label} has no mapping for ${untraced === 1 ? 'a finding' : `${untraced} findings`}: kept, not traced`;
    }
  }
  if (detector.kind === 'bundle') {
    for (const match of matches) {
      if (match.cause) continue;
      const source: OriginalSource | undefined = match.source;
      match.cause = likelyCause({
        file: path,
        ...(match.variables ? { variables: match.variables } : {}),
        ...(source ? { original: { file: source.file, line: source.line, content: contents.get(source.file) ?? null } } : {}),
        found: text.slice(match.start, match.end),
        hints: detector.hints,
      });
    }
  }
  return note;
}
