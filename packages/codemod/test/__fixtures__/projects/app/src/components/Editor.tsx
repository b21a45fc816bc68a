'use client';
import { OptimoCMS } from '@optimocms/sdk';

export function Editor() {
  const cms = new OptimoCMS({ apiKey: 'optimo_live_Q1w2E3r4T5y6U7i8' });
  return <button onClick={() => cms.pages.create({ title: 'New' })}>New page</button>;
}
