import { OptimoCMS } from '@optimocms/sdk';
import type { PageServerLoad } from './$types';
import { OPTIMOCMS_API_KEY } from '$env/static/private';

export const load: PageServerLoad = async () => {
  const cms = new OptimoCMS({ apiKey: OPTIMOCMS_API_KEY });
  return { pages: await cms.pages.list() };
};
