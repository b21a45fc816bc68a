import axios from 'axios';

const BASE = 'https://api.optimocms.com/v1';
const api = axios.create({ baseURL: BASE, headers: { 'X-Api-Key': process.env.OPTIMOCMS_PUBLISH_KEY } });

export function analytics(siteId: string) {
  return fetch(`${BASE}/sites/${siteId}/analytics`, { headers: { 'X-Api-Key': process.env.OPTIMOCMS_LIVE_KEY! } });
}

export function publish(siteId: string) {
  return api.post(`/sites/${siteId}/publish`, {});
}

export function beta() {
  return fetch('https://api.optimocms.com/v1/beta/feature', { method: 'POST', headers: { 'X-Api-Key': process.env.OPTIMOCMS_LIVE_KEY! } });
}

export function elsewhere() {
  return fetch('https://api.example.org/v1/sites', { headers: { 'x-api-key': 'not ours' } });
}
