import axios from 'axios';

export async function listSites() {
  const response = await fetch('https://api.optimocms.com/v1/sites', {
    headers: { 'X-Api-Key': 'optimo_live_Q1w2E3r4T5y6U7i8', Accept: 'application/json' },
  });
  return response.json();
}

const headers = new Headers();
headers.set('x-api-key', 'optimo_live_Q1w2E3r4T5y6U7i8');

axios.defaults.headers.common['X-Api-Key'] = 'optimo_live_Q1w2E3r4T5y6U7i8';

export const api = axios.create({ baseURL: 'https://api.optimocms.com/v1', headers: { "X-API-KEY": "optimo_live_Q1w2E3r4T5y6U7i8" } });
