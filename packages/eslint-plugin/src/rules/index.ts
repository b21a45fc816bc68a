import noClientSideApiKey from './no-client-side-api-key.js';
import noHardcodedApiKey from './no-hardcoded-api-key.js';
import noOverbroadScopes from './no-overbroad-scopes.js';
import noUnknownScope from './no-unknown-scope.js';

/** Every rule of the plugin, by name (without the `@optimocms/` prefix). */
export const rules = {
  'no-client-side-api-key': noClientSideApiKey,
  'no-hardcoded-api-key': noHardcodedApiKey,
  'no-overbroad-scopes': noOverbroadScopes,
  'no-unknown-scope': noUnknownScope,
};
