import { OptimoCMS } from '@optimocms/sdk';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
  const cms = new OptimoCMS({ apiKey: 'optimo_live_Q1w2E3r4T5y6U7i8' });
  return { pages: await cms.pages.list() };
};
