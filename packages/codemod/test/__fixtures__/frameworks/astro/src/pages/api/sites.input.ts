import type { APIRoute } from 'astro';

export const GET: APIRoute = () => fetch('https://api.optimocms.com/v1/sites', { headers: { 'X-Api-Key': 'optimo_live_Q1w2E3r4T5y6U7i8' } });
