/**
 * Inline markers that suppress findings on their line: ours, and those of
 * gitleaks and detect-secrets so that teams migrating keep their annotations.
 */
export const INLINE_ALLOW_MARKERS = ['optimocms-scan-allow', 'gitleaks:allow', 'pragma: allowlist secret'] as const;

/** True when the line carries one of {@link INLINE_ALLOW_MARKERS}. */
export function hasInlineAllow(lineText: string): boolean {
  return INLINE_ALLOW_MARKERS.some((marker) => lineText.includes(marker));
}
