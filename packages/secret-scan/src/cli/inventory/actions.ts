import { KEY_ROTATION } from '@optimocms/auth-types';

/** Where a key can be seen: by anyone who can fetch (pushed), only in this clone (local), or only in the index (staged). */
export type Exposure = 'pushed' | 'local' | 'staged';

/** What to do about a key, most urgent first. */
export type KeyAction = 'revoke' | 'rewrite-then-rotate' | 'unstage' | 'none';

/** Each action as reports say it: a short label for tables and the full advice for tickets. Data, so every format agrees. */
export const KEY_ACTIONS: Readonly<Record<KeyAction, { label: string; advice: string }>> = {
  revoke: {
    label: 'revoke now',
    advice: 'Reachable from a remote-tracking branch or a tag: anyone with the repository has it. Revoke it in Settings → API Keys now and create a new one; rewriting history does not take it back.',
  },
  'rewrite-then-rotate': {
    label: 'rewrite, then rotate',
    advice: 'Only in local commits: rewrite those commits to drop the key before pushing (git rebase -i, or git filter-repo), then rotate the key, since it has been on disk in clear.',
  },
  unstage: {
    label: 'unstage',
    advice: 'About to be committed: remove it from the staged files and read it from an environment variable instead.',
  },
  none: {
    label: 'none (revoked)',
    advice: 'The API no longer accepts it (--verify: 401): nothing to revoke; remove it from the files when convenient.',
  },
};

/** The rotation advice, with the guide's words and the period the project counts. */
export const ROTATION_ADVICE = `${KEY_ROTATION.guideText} (older than ${KEY_ROTATION.periodDays} days: overdue)`;

/** The action a key needs: a dead key none, else by how far it has travelled. */
export function actionFor(exposure: Exposure, dead: boolean): KeyAction {
  if (dead) return 'none';
  return exposure === 'pushed' ? 'revoke' : exposure === 'local' ? 'rewrite-then-rotate' : 'unstage';
}
