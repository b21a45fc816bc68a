import { findKeyTokens } from './key-tokens.js';
import { createLineBreakPattern } from './line-breaks.js';
import { redact } from './redact.js';

/** Longest reason kept, in characters: a justification, not a paragraph. */
export const ALLOW_REASON_MAX_LENGTH = 200;

// What ends a comment on the marker's line: the reason stops there (`<!-- optimocms-scan-allow: docs -->`).
const COMMENT_CLOSER = /\*\/|-->|%>|#}|}}/;

/**
 * The reason written after an inline marker, `optimocms-scan-allow: test
 * fixture` → `test fixture`: after the marker, a `:`, then the rest of the
 * line up to a comment closer, trimmed of closing quotes and commas. Keys in
 * it are redacted. Undefined for a bare marker (no `:`, or no letter or digit after it).
 */
export function allowReason(text: string, markerEnd: number): string | undefined {
  const lineBreak = createLineBreakPattern();
  lineBreak.lastIndex = markerEnd;
  const found = lineBreak.exec(text);
  const rest = text.slice(markerEnd, found ? found.index : text.length);
  const written = /^\s*:(.*)$/s.exec(rest)?.[1];
  if (written === undefined) return undefined;
  const reason = written.split(COMMENT_CLOSER)[0]?.replace(/["'`,;\s]+$/, '').trim() ?? '';
  if (!/[\p{L}\p{N}]/u.test(reason)) return undefined;
  const shown = redactKeys(reason);
  return shown.length > ALLOW_REASON_MAX_LENGTH ? `${shown.slice(0, ALLOW_REASON_MAX_LENGTH - 1)}…` : shown;
}

/** A reason is printed in reports: a key in it is shown only redacted. */
function redactKeys(text: string): string {
  let shown = '';
  let from = 0;
  for (const token of findKeyTokens(text)) {
    shown += `${text.slice(from, token.start)}${redact(token.value)}`;
    from = token.end;
  }
  return shown + text.slice(from);
}
