'use client';
// Shows editors how many draft pages are waiting, in the browser.
import { useEffect, useState } from 'react';

export function PreviewBanner({ siteId }: { siteId: string }) {
  const [drafts, setDrafts] = useState(0);

  useEffect(() => {
    void fetch(`https://api.optimocms.com/v1/sites/${siteId}/pages?status=draft`, {
      // Violation: a sandbox key in a client component (optimocms-scan sandbox-key,
      // ESLint no-hardcoded-api-key and no-client-side-api-key). The codemod leaves it
      // to you: process.env does not exist in the browser; move the call behind a route.
      headers: { 'X-Api-Key': 'optimo_sandbox_Pz3Gk7Wc1Mv5Bq9Lt2Hw6Rn' },
    })
      .then((response) => response.json() as Promise<unknown[]>)
      .then((pages) => setDrafts(pages.length));
  }, [siteId]);

  return <p role="status">{drafts} draft pages waiting for review</p>;
}
