'use client';

export function Preview({ apiKey }: { apiKey: string }) {
  return <p>{apiKey.length}</p>;
}
