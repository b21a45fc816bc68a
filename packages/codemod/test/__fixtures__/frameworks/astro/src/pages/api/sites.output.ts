import type { APIRoute } from 'astro';

export const GET: APIRoute = () => fetch('https://api.optimocms.com/v1/sites', { headers: { 'X-Api-Key': import.meta.env.OPTIMOCMS_API_KEY } });
