import { SDK } from './modules.js';

/** The API's origin: the guide's curl example calls `https://api.optimocms.com/v1/sites`. */
export const API_BASE_URL = `https://${SDK.apiHost}`;

// Project convention (not in the OptimoCMS guide): the guide names no endpoint for checking a key; its first example
// (`curl https://api.optimocms.com/v1/sites -H "X-Api-Key: …"`) is the cheapest read, so it is the one we send.
/** The one request that tells whether a key works: the guide's first example. Its scope comes from the request → scope model. */
export const KEY_CHECK_REQUEST = { method: 'GET', path: `${SDK.apiVersionPrefix}/sites` } as const;
