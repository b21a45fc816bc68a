import { cms } from './cms.js';

export const listPages = () => cms.pages.list();
export async function page(id: string) {
  const site = await cms.sites.list();
  return [site, await cms.pages.get(id)];
}
export const experimental = () => cms.pages.frobnicate();
