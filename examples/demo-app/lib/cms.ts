// The server's OptimoCMS client, shared by the route handlers.
import { OptimoCMS } from '@optimocms/sdk';

export const cms = new OptimoCMS({
  // Violation: a live key written in the source (optimocms-scan live-key, ESLint no-hardcoded-api-key).
  apiKey: 'optimo_live_7Hq2Rk9VbN4mLp8ZsW3cTd6Y',
});
