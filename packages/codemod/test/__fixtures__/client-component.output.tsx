'use client';
import { OptimoCMS } from '@optimocms/sdk';

// A client component: process.env would not work here, so nothing is rewritten (reported as manual work).
export function Editor() {
  const cms = new OptimoCMS({ apiKey: 'optimo_live_Q1w2E3r4T5y6U7i8' });
  return <button onClick={() => cms.pages.create({ title: 'New' })}>New page</button>;
}
