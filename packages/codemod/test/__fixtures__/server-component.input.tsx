import { OptimoCMS } from '@optimocms/sdk';
import { Preview } from './preview';

// A server component (no 'use client'): the key moves to the environment.
export default async function Page() {
  const cms = new OptimoCMS({ apiKey: 'optimo_live_Q1w2E3r4T5y6U7i8' });
  const pages = await cms.pages.list();
  return <Preview apiKey="optimo_live_Q1w2E3r4T5y6U7i8" src="https://cdn.example.org/p?key=optimo_live_Q1w2E3r4T5y6U7i8" pages={pages} />;
}
