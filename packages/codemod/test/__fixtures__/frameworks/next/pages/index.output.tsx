import { OptimoCMS } from '@optimocms/sdk';

// getServerSideProps runs on the server only: its key moves to process.env.
export async function getServerSideProps() {
  const cms = new OptimoCMS({ apiKey: process.env.OPTIMOCMS_API_KEY! });
  return { props: { pages: await cms.pages.list() } };
}

// The page component is hydrated in the browser: its key is reported, not rewritten.
export default function Home() {
  return <a href="https://cdn.example.org/?key=optimo_live_Q1w2E3r4T5y6U7i8">cdn</a>;
}
