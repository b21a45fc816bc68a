import { OptimoCMS } from '@optimocms/sdk';
import { Preview } from './preview';

// A server component (no 'use client'): the key moves to the environment.
export default async function Page() {
  const cms = new OptimoCMS({ apiKey: process.env.OPTIMOCMS_API_KEY! });
  const pages = await cms.pages.list();
  return <Preview apiKey={process.env.OPTIMOCMS_API_KEY!} src={`https://cdn.example.org/p?key=${process.env.OPTIMOCMS_API_KEY}`} pages={pages} />;
}
