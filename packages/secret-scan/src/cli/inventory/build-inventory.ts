import { KEY_ROTATION, isRotationOverdue, keyAgeDays } from '@optimocms/auth-types';
import type { Finding } from '../scan/finding.js';
import { keyIdOf } from '../verify/key-id.js';
import { actionFor, type Exposure } from './actions.js';
import { refsContaining, unpushedCommits } from './exposure.js';
import { keysInHead } from './head-keys.js';
import type { Inventory, InventoryRow, Sighting } from './inventory-row.js';
import { findPushedKeys } from './pushed-keys.js';

export interface InventoryContext {
  /** The repository top level. */
  dir: string;
  mode: 'history' | 'staged';
  now: Date;
}

const time = (sighting: Sighting) => (sighting.authorDate ? Date.parse(sighting.authorDate) : Number.NaN);
/** Oldest first; a sighting without a date (staged) last. */
const byTime = (a: Sighting, b: Sighting) => (Number.isNaN(time(a)) ? 1 : 0) - (Number.isNaN(time(b)) ? 1 : 0) || (time(a) || 0) - (time(b) || 0);
const sightingOf = (finding: Finding): Sighting => ({
  ...(finding.commit ? { commit: finding.commit } : {}),
  ...(finding.authorDate ? { authorDate: finding.authorDate } : {}),
  file: finding.file,
  line: finding.line,
});

/** Key findings grouped by key, oldest sighting first. */
function groupByKey(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const id = keyIdOf(finding);
    if (id === undefined || finding.environment === undefined) continue;
    const group = groups.get(id);
    if (group) group.push(finding);
    else groups.set(id, [finding]);
  }
  for (const group of groups.values()) group.sort((a, b) => byTime(sightingOf(a), sightingOf(b)));
  return groups;
}

/** Exposure per key: history mode from the commits that added it, staged mode from pushed history. */
async function exposures(groups: Map<string, Finding[]>, context: InventoryContext) {
  const result = new Map<string, { exposure: Exposure; first?: Sighting; last?: Sighting; pushedCommit?: string }>();
  if (context.mode === 'staged') {
    const pushed = await findPushedKeys(new Set(groups.keys()), context.dir);
    for (const id of groups.keys()) {
      const sighting = pushed.get(id);
      result.set(id, sighting ? { exposure: 'pushed', first: sighting.first, last: sighting.last, pushedCommit: sighting.first.commit } : { exposure: 'staged' });
    }
    return result;
  }
  const commits = new Set([...groups.values()].flat().map((finding) => finding.commit).filter((commit) => commit !== undefined));
  const local = await unpushedCommits(commits, context.dir);
  for (const [id, group] of groups) {
    const pushedFinding = group.find((finding) => finding.commit !== undefined && !local.has(finding.commit));
    result.set(id, pushedFinding ? { exposure: 'pushed', pushedCommit: pushedFinding.commit as string } : { exposure: 'local' });
  }
  return result;
}

/**
 * One row per distinct key among the findings (by key id, never the key):
 * first and last sighting, whether HEAD still holds it, how far it travelled
 * (pushed, local, staged), its age against the guide's quarterly rotation
 * and the action it needs.
 */
export async function buildInventory(findings: readonly Finding[], context: InventoryContext): Promise<Inventory> {
  const groups = groupByKey(findings);
  const [exposed, inHead] = await Promise.all([exposures(groups, context), keysInHead(context.dir)]);
  const pushedCommits = [...new Set([...exposed.values()].map((entry) => entry.pushedCommit).filter((commit) => commit !== undefined))];
  const refs = await refsContaining(pushedCommits, context.dir);
  const keys: InventoryRow[] = [];
  for (const [id, group] of groups) {
    const sample = group[0] as Finding;
    const entry = exposed.get(id) ?? { exposure: 'local' as const };
    const first = entry.first ?? sightingOf(sample);
    const last = entry.last ?? sightingOf(group[group.length - 1] as Finding);
    const firstTime = time(first);
    const since = Number.isNaN(firstTime) ? context.now : new Date(firstTime);
    const verification = group.find((finding) => finding.verification)?.verification;
    const pushedIn = entry.pushedCommit ? refs.get(entry.pushedCommit) : undefined;
    keys.push({
      key: id,
      secret: sample.secret,
      environment: sample.environment as InventoryRow['environment'],
      firstSeen: first,
      lastSeen: last,
      commits: new Set(group.map((finding) => finding.commit).filter(Boolean)).size,
      files: [...new Set(group.map((finding) => finding.file))].sort(),
      inHead: inHead.has(id),
      exposure: entry.exposure,
      ...(pushedIn && pushedIn.length > 0 ? { pushedIn } : {}),
      ageDays: keyAgeDays(since, context.now),
      rotationOverdue: isRotationOverdue(since, context.now),
      action: actionFor(entry.exposure, verification?.status === 'invalid'),
      ...(verification ? { verification } : {}),
    });
  }
  keys.sort((a, b) => byTime(a.firstSeen, b.firstSeen) || (a.key < b.key ? -1 : 1));
  const count = (predicate: (row: InventoryRow) => boolean) => keys.filter(predicate).length;
  return {
    keys,
    summary: {
      keys: keys.length,
      needAction: count((row) => row.action !== 'none'),
      pushed: count((row) => row.exposure === 'pushed'),
      local: count((row) => row.exposure === 'local'),
      staged: count((row) => row.exposure === 'staged'),
      overdue: count((row) => row.rotationOverdue),
      rotationPeriodDays: KEY_ROTATION.periodDays,
      otherFindings: findings.filter((finding) => keyIdOf(finding) === undefined).length,
    },
    generatedAt: context.now.toISOString(),
  };
}
