import axios from 'axios';

export async function listSites() {
  const response = await fetch('https://api.optimocms.com/v1/sites', {
    headers: { 'X-Api-Key': process.env.OPTIMOCMS_API_KEY!, Accept: 'application/json' },
  });
  return response.json();
}

const headers = new Headers();
headers.set('x-api-key', process.env.OPTIMOCMS_API_KEY!);

axios.defaults.headers.common['X-Api-Key'] = process.env.OPTIMOCMS_API_KEY!;

export const api = axios.create({ baseURL: 'https://api.optimocms.com/v1', headers: { "X-API-KEY": process.env.OPTIMOCMS_API_KEY! } });
