import { defineKeys, SCOPE_PRESETS } from '@optimocms/auth-types';

export default defineKeys([
  { name: 'Website', environment: 'live', envVar: 'OPTIMOCMS_LIVE_KEY', scopes: [...SCOPE_PRESETS.readOnlyContent, 'analytics:read'] },
  { name: 'Publisher', environment: 'live', envVar: 'OPTIMOCMS_PUBLISH_KEY', scopes: ['pages:write', 'publish:write'] },
]);
