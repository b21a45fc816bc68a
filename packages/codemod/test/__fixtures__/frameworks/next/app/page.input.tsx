import { Preview } from './preview';

// A Server Component's props to a client component are serialized into the page: reported, not rewritten.
export default function Page() {
  return <Preview apiKey="optimo_live_Q1w2E3r4T5y6U7i8" />;
}
