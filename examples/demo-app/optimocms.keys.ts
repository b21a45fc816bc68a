// The keys this project uses, as created in Settings → API Keys.
import { defineKeys } from '@optimocms/auth-types';

export default defineKeys([
  {
    name: 'Website frontend',
    description: 'Renders the public website.',
    environment: 'live',
    envVar: 'OPTIMOCMS_LIVE_KEY',
    // Violation: write and publish scopes on a frontend key (ESLint no-overbroad-scopes).
    scopes: ['sites:read', 'pages:read', 'media:read', 'pages:write', 'publish:write'],
  },
  {
    name: 'CI/CD deploy',
    environment: 'live',
    envVar: 'OPTIMOCMS_DEPLOY_KEY',
    // Violation: 'page:write' is not a scope (ESLint no-unknown-scope suggests 'pages:write'; tsc agrees).
    // @ts-expect-error -- the misspelt scope is the point of this example
    scopes: ['sites:read', 'page:write', 'media:write', 'publish:write'],
  },
  {
    name: 'Local development',
    environment: 'sandbox',
    envVar: 'OPTIMOCMS_SANDBOX_KEY',
    scopes: ['sites:read', 'pages:read', 'media:read'],
  },
]);
