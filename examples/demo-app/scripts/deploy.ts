// Deploy: marks reviewed drafts ready, uploads the social image and publishes the site.
// Run with `node --experimental-strip-types scripts/deploy.ts` from CI.
import { OptimoCMS } from '@optimocms/sdk';

const cms = new OptimoCMS({
  // Violation: both keys written in the script, picked by NODE_ENV (optimocms-scan live-key and
  // sandbox-key, ESLint no-hardcoded-api-key twice). The live key is the one in lib/cms.ts.
  apiKey: process.env.NODE_ENV === 'production' ? 'optimo_live_7Hq2Rk9VbN4mLp8ZsW3cTd6Y' : 'optimo_sandbox_Jf5Ue2Wq9Kr7Bn3Ch8Gv4Pa',
});

const siteId = process.env.SITE_ID ?? 'site_demo';

for (const page of await cms.pages.list({ siteId, status: 'reviewed' })) {
  await cms.pages.update(page.id, { status: 'ready' });
}
await cms.media.upload({ siteId, path: 'public/og-image.png' });
await cms.sites.publish(siteId);
console.log(`Published ${siteId}.`);
