// GET /api/pages?site=…: the site and its published pages, read on the server (a Next.js route handler).
import { cms } from '../../../lib/cms';

export async function GET(request: Request): Promise<Response> {
  const siteId = new URL(request.url).searchParams.get('site') ?? 'site_demo';
  const site = await cms.sites.get(siteId);
  const pages = await cms.pages.list({ siteId, status: 'published' });
  return Response.json({ site, pages });
}
