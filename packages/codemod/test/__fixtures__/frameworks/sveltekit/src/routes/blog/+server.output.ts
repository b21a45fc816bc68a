import { json } from '@sveltejs/kit';
import { OPTIMOCMS_SITE, OPTIMOCMS_API_KEY } from '$env/static/private';

export const GET = async () => json(await fetch(`https://api.optimocms.com/v1/sites/${OPTIMOCMS_SITE}`, { headers: { 'X-Api-Key': OPTIMOCMS_API_KEY } }).then((r) => r.json()));
