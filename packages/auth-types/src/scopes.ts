/**
 * Scopes control what an API key is allowed to do. Always use the minimum set
 * of scopes you need. (OptimoCMS authentication guide, "Scopes".)
 */

/** What a scope grants on its resource. */
export type ScopeAccess = 'read' | 'write';

/** One row of the guide's scope table. */
export interface ScopeDefinition<S extends string = string> {
  readonly scope: S;
  /** The guide's description of the scope. */
  readonly description: string;
  /** The part before the colon, e.g. `pages`. */
  readonly resource: string;
  /** The part after the colon. */
  readonly access: ScopeAccess;
}

/** The 19 scopes, in the guide's order. */
export const SCOPES = [
  'sites:read',
  'sites:write',
  'pages:read',
  'pages:write',
  'media:read',
  'media:write',
  'analytics:read',
  'ai:write',
  'publish:write',
  'ecommerce:read',
  'ecommerce:write',
  'booking:read',
  'booking:write',
  'loyalty:read',
  'loyalty:write',
  'webhooks:read',
  'webhooks:write',
  'forms:read',
  'push:write',
] as const;

/** A valid OptimoCMS scope, e.g. `'pages:read'`. */
export type Scope = (typeof SCOPES)[number];

/** The resource part of a scope, e.g. `'pages'`. */
export type ScopeResource = Scope extends `${infer R}:${string}` ? R : never;

const DESCRIPTIONS: Readonly<Record<Scope, string>> = {
  'sites:read': 'List and retrieve sites',
  'sites:write': 'Create and update sites',
  'pages:read': 'List and retrieve pages',
  'pages:write': 'Create, update and delete pages',
  'media:read': 'List and retrieve media files',
  'media:write': 'Upload and delete media',
  'analytics:read': 'Retrieve analytics data',
  'ai:write': 'AI generation, translation and content assist',
  'publish:write': 'Publish sites',
  'ecommerce:read': 'Read products, orders and coupons',
  'ecommerce:write': 'Manage products and coupons',
  'booking:read': 'Retrieve bookings and availability',
  'booking:write': 'Create and manage bookings',
  'loyalty:read': 'Retrieve loyalty points',
  'loyalty:write': 'Earn and redeem points',
  'webhooks:read': 'Retrieve webhook configuration',
  'webhooks:write': 'Create and manage webhooks',
  'forms:read': 'Retrieve form submissions',
  'push:write': 'Send push notification campaigns',
};

function defineScope(scope: Scope): ScopeDefinition<Scope> {
  const [resource, access] = scope.split(':') as [string, ScopeAccess];
  return { scope, description: DESCRIPTIONS[scope], resource, access };
}

/** Every scope with its description, resource and access, keyed by scope. */
export const SCOPE_DEFINITIONS: Readonly<Record<Scope, ScopeDefinition<Scope>>> = Object.freeze(
  Object.fromEntries(SCOPES.map((scope) => [scope, Object.freeze(defineScope(scope))])) as Record<
    Scope,
    ScopeDefinition<Scope>
  >,
);

const SCOPE_SET: ReadonlySet<string> = new Set(SCOPES);

/** True when `value` is one of the 19 scopes. */
export function isScope(value: unknown): value is Scope {
  return typeof value === 'string' && SCOPE_SET.has(value);
}

/** Returns the scope for `text` (surrounding whitespace ignored), or `undefined`. */
export function parseScope(text: string): Scope | undefined {
  const trimmed = text.trim();
  return isScope(trimmed) ? trimmed : undefined;
}

/** True for a scope that changes data (`write` access, which includes `publish:write`). */
export function isWriteScope(scope: Scope): boolean {
  return SCOPE_DEFINITIONS[scope].access === 'write';
}

// Project convention (not in the OptimoCMS guide): what we treat as an attempted scope.
/** Looks like `resource:access`: what a developer means to be a scope. */
export const SCOPE_SHAPE = /^[a-z][a-z_-]*:[a-z][a-z_-]*$/i;

/** Levenshtein distance, small strings only. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The nearest valid scope for a misspelt one (`page:write` → `pages:write`,
 * `site:read` → `sites:read`), or `undefined` when nothing is close.
 * A valid resource with an access it does not have (`publish:read`) is not
 * "close" to another resource's scope: it returns `undefined` so callers can
 * say that no such scope exists.
 */
export function suggestScope(text: string): Scope | undefined {
  const candidate = text.trim().toLowerCase();
  if (candidate.length > 64) return undefined;
  if (isScope(candidate)) return candidate;
  const [resource = '', access = ''] = candidate.split(':');
  let best: Scope | undefined;
  let bestDistance = Infinity;
  for (const scope of SCOPES) {
    const definition = SCOPE_DEFINITIONS[scope];
    const distance = editDistance(resource, definition.resource) + editDistance(access, definition.access);
    if (distance < bestDistance) {
      best = scope;
      bestDistance = distance;
    }
  }
  // A close match differs by at most two edits and keeps the access or the resource intact.
  if (best === undefined || bestDistance > 2) return undefined;
  const definition = SCOPE_DEFINITIONS[best];
  if (definition.resource === resource && definition.access !== access) {
    // `publish:read`: the resource exists, the access does not; not a typo.
    return editDistance(access, definition.access) <= 1 ? best : undefined;
  }
  return best;
}

/** The scopes the guide defines for a resource, e.g. `scopesOf('publish')` → `['publish:write']`. */
export function scopesOf(resource: string): Scope[] {
  return SCOPES.filter((scope) => SCOPE_DEFINITIONS[scope].resource === resource);
}

/** The guide's example scope sets. */
export const SCOPE_PRESETS = {
  /** "Example: a key for read-only content access." */
  readOnlyContent: ['sites:read', 'pages:read', 'media:read'],
  /** "Example: a key for a CI/CD pipeline that deploys." */
  ciCdDeploy: ['sites:read', 'pages:write', 'media:write', 'publish:write'],
} as const satisfies Record<string, readonly Scope[]>;

/** Name of a preset in {@link SCOPE_PRESETS}. */
export type ScopePresetName = keyof typeof SCOPE_PRESETS;
