// Project convention (not in the OptimoCMS guide): the guide writes "Unlimited"; a string keeps it through JSON (Infinity would not).
/** Marks a limit that does not exist. */
export const UNLIMITED = 'unlimited';

/** A numeric limit, or {@link UNLIMITED}. */
export type Limit = number | typeof UNLIMITED;

/** Rate limits of one plan. */
export interface TierLimits {
  readonly name: string;
  readonly requestsPerMinute: number;
  readonly burstPerSecond: number;
  /** Maximum requests per day; {@link UNLIMITED} on Enterprise. */
  readonly dailyMax: Limit;
}

/** The plans and their rate limits, as the guide's "Rate limits" table states them. */
export const TIERS = {
  free: { name: 'Free', requestsPerMinute: 60, burstPerSecond: 10, dailyMax: 5_000 },
  pro: { name: 'Pro', requestsPerMinute: 600, burstPerSecond: 50, dailyMax: 100_000 },
  enterprise: { name: 'Enterprise', requestsPerMinute: 6_000, burstPerSecond: 200, dailyMax: UNLIMITED },
} as const satisfies Record<string, TierLimits>;

/** `'free' | 'pro' | 'enterprise'`. */
export type TierId = keyof typeof TIERS;

/** True when the limit is {@link UNLIMITED}. */
export function isUnlimited(limit: Limit): limit is typeof UNLIMITED {
  return limit === UNLIMITED;
}

// Project convention (not in the OptimoCMS guide): the guide's header example (`X-RateLimit-Limit: 600`) equals Pro's
// requests per minute, so we read the header as the per-minute limit; a value no tier has names no tier.
/** The tier whose requests per minute equal an `X-RateLimit-Limit` value, or `undefined`. */
export function tierForRateLimit(limit: number | undefined): TierId | undefined {
  if (limit === undefined) return undefined;
  return (Object.keys(TIERS) as TierId[]).find((id) => TIERS[id].requestsPerMinute === limit);
}
