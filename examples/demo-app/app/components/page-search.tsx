'use client';
// A search box rendered in the browser.
import { useState } from 'react';
import { OptimoCMS } from '@optimocms/sdk';

// Violation: the SDK is built in a client component from a NEXT_PUBLIC_ variable, which Next.js
// inlines into the bundle every visitor downloads (ESLint no-client-side-api-key, twice).
const cms = new OptimoCMS({ apiKey: process.env.NEXT_PUBLIC_OPTIMOCMS_API_KEY! });

export function PageSearch() {
  const [query, setQuery] = useState('');
  const [titles, setTitles] = useState<string[]>([]);

  async function search(): Promise<void> {
    const pages = await cms.pages.list({ search: query });
    setTitles(pages.map((page) => page.title));
  }

  return (
    <form onSubmit={(event) => { event.preventDefault(); void search(); }}>
      <input value={query} onChange={(event) => setQuery(event.target.value)} />
      <ul>{titles.map((title) => <li key={title}>{title}</li>)}</ul>
    </form>
  );
}
