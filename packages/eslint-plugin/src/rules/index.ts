import noClientSideApiKey from './no-client-side-api-key.js';
import noHardcodedApiKey from './no-hardcoded-api-key.js';
import noLiveKeyInTests from './no-live-key-in-tests.js';
import noOverbroadScopes from './no-overbroad-scopes.js';
import noSwappedKeyEnvironments from './no-swapped-key-environments.js';
import noUnknownScope from './no-unknown-scope.js';

/** Every rule of the plugin, by name (without the `@optimocms/` prefix). */
export const rules = {
  'no-client-side-api-key': noClientSideApiKey,
  'no-hardcoded-api-key': noHardcodedApiKey,
  'no-live-key-in-tests': noLiveKeyInTests,
  'no-overbroad-scopes': noOverbroadScopes,
  'no-swapped-key-environments': noSwappedKeyEnvironments,
  'no-unknown-scope': noUnknownScope,
};
