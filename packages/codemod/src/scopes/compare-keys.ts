import { KEY_ENVIRONMENT_PROPERTIES, KEY_ENVIRONMENTS, SCOPES, type KeyEnvironment, type Scope } from '@optimocms/auth-types';
import type { DeclaredKey } from './declared-keys.js';

/** A call that justifies a scope. */
export interface CallSite {
  kind: 'sdk' | 'rest';
  file: string;
  line: number;
  column: number;
  call: string;
}

/** What the code does with one key, identified by the env var it is read from (`null`: unknown). */
export interface KeyUsage {
  envVar: string | null;
  environment: KeyEnvironment | null;
  /** The minimal scope set, in the guide's order. */
  scopes: Scope[];
  calls: (CallSite & { scope: Scope })[];
}

export interface KeyComparison extends DeclaredKey {
  /** The usages compared with (env vars; `null` for calls whose key the code does not tell). */
  comparedWith: (string | null)[];
  /** `unknown`: the declared scopes could not all be read, so nothing can be said to be missing. */
  status: 'compared' | 'not-compared' | 'unknown';
  /** Declared but never used. */
  overBroad: Scope[];
  /** Declared and used by no analysed call, while some candidate files could not be analysed: maybe used there (status `unknown`). */
  unusedInAnalysed: Scope[];
  /** Used but not declared: these calls would fail with 403 FORBIDDEN. */
  missing: { scope: Scope; calls: CallSite[] }[];
}

/** `OPTIMOCMS_LIVE_KEY` (and `_2`, …) is a live key; `OPTIMOCMS_API_KEY` does not tell. */
export function environmentOfEnvVar(envVar: string | null): KeyEnvironment | null {
  if (envVar === null) return null;
  return KEY_ENVIRONMENTS.find((environment) => envVar.startsWith(KEY_ENVIRONMENT_PROPERTIES[environment].envVar)) ?? null;
}

export function sortScopes(scopes: Iterable<Scope>): Scope[] {
  const set = new Set(scopes);
  return SCOPES.filter((scope) => set.has(scope));
}

/**
 * Pairs each declared key with the usages it serves and compares scopes.
 * A key with `envVar` serves that variable. The other usages go to the only
 * declared key without `envVar`, or, when there are several, to the only one
 * of the usage's environment (`OPTIMOCMS_LIVE_KEY` → live). What cannot be
 * paired is said in `notes`, never guessed.
 */
export function compareKeys(declared: readonly DeclaredKey[], usages: readonly KeyUsage[]): { comparisons: KeyComparison[]; notes: string[] } {
  const notes: string[] = [];
  const claimed = new Set<string | null>();
  const served = new Map<DeclaredKey, KeyUsage[]>();
  for (const key of declared) {
    if (key.envVar === null) continue;
    served.set(key, usages.filter((usage) => usage.envVar === key.envVar));
    claimed.add(key.envVar);
  }
  const unclaimed = usages.filter((usage) => !claimed.has(usage.envVar));
  const open = declared.filter((key) => key.envVar === null);
  const attributed = new Set<KeyUsage>();
  if (open.length === 1) {
    served.set(open[0] as DeclaredKey, unclaimed);
    unclaimed.forEach((usage) => attributed.add(usage));
  } else {
    for (const key of open) {
      const sameEnvironment = open.filter((other) => other.environment === key.environment);
      if (key.environment === null || sameEnvironment.length > 1) {
        notes.push(`"${key.name}" (${key.source.file}:${key.source.line}) was not compared: ${key.environment === null ? 'it names no environment' : `several declared ${key.environment} keys have no envVar`}; add envVar to say which variable holds it`);
        continue;
      }
      const mine = unclaimed.filter((usage) => environmentOfEnvVar(usage.envVar) === key.environment);
      served.set(key, mine);
      mine.forEach((usage) => attributed.add(usage));
    }
    for (const usage of unclaimed) {
      if (!attributed.has(usage) && declared.length > 0) notes.push(`calls made with ${usage.envVar ?? 'a key the code does not name'} could not be paired with a declared key: add envVar to the declarations`);
    }
  }
  const comparisons = declared.map((key): KeyComparison => {
    const mine = served.get(key);
    if (!mine) return { ...key, comparedWith: [], status: 'not-compared', overBroad: [], unusedInAnalysed: [], missing: [] };
    const used = new Map<Scope, CallSite[]>();
    for (const call of mine.flatMap((usage) => usage.calls)) {
      const { scope, ...site } = call;
      used.set(scope, [...(used.get(scope) ?? []), site]);
    }
    const declaredScopes = new Set(key.scopes);
    return {
      ...key,
      comparedWith: mine.map((usage) => usage.envVar),
      status: key.unreadableScopes ? 'unknown' : 'compared',
      overBroad: sortScopes(key.scopes.filter((scope) => !used.has(scope))),
      unusedInAnalysed: [],
      // A scope used but not read may be in the part that could not be read: never called missing then.
      missing: key.unreadableScopes ? [] : sortScopes([...used.keys()].filter((scope) => !declaredScopes.has(scope))).map((scope) => ({ scope, calls: used.get(scope) ?? [] })),
    };
  });
  return { comparisons, notes };
}

/** Some candidate files could not be analysed: "declared, never used" cannot be said, only "not used by the analysed files". */
export function withholdOverBroad(comparison: KeyComparison): void {
  if (comparison.overBroad.length === 0) return;
  comparison.unusedInAnalysed = comparison.overBroad;
  comparison.overBroad = [];
  comparison.status = 'unknown';
}
