import { cms } from '../cms';

export async function GET() {
  return cms.pages.list();
}
