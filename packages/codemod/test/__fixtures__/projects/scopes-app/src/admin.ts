import { cms } from './cms.js';

export function provisionFrontendKey() {
  return cms.apiKeys.create({ name: 'Frontend', environment: 'sandbox', scopes: ['pages:read'] });
}
