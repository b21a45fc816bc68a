import { json } from '@sveltejs/kit';
import { OPTIMOCMS_SITE } from '$env/static/private';

export const GET = async () => json(await fetch(`https://api.optimocms.com/v1/sites/${OPTIMOCMS_SITE}`, { headers: { 'X-Api-Key': 'optimo_live_Q1w2E3r4T5y6U7i8' } }).then((r) => r.json()));
