// Project convention (not in the OptimoCMS guide): the guide says "every quarter"; counting a quarter as 90 days is ours.
/** The guide's rotation practice ("Security best practices", 4): "Rotate your API keys every quarter." */
export const KEY_ROTATION = {
  guideText: 'Rotate your API keys every quarter. Old keys can be revoked in the dashboard.',
  /** A quarter, in days: a key first seen longer ago than this is overdue for rotation. */
  periodDays: 90,
} as const;

const DAY_MS = 86_400_000;

/** Whole days from `since` to `now` (0 when `since` is in the future or invalid). */
export function keyAgeDays(since: Date, now: Date): number {
  const ms = now.getTime() - since.getTime();
  return Number.isFinite(ms) && ms > 0 ? Math.floor(ms / DAY_MS) : 0;
}

/** True when a key that exists since `since` is older than {@link KEY_ROTATION}`.periodDays` at `now`. */
export function isRotationOverdue(since: Date, now: Date): boolean {
  return keyAgeDays(since, now) > KEY_ROTATION.periodDays;
}
