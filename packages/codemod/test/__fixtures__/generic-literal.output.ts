import { OptimoCMS } from '@optimocms/sdk';

// Not key-shaped, but secrets by position: the SDK's apiKey and the X-Api-Key header.
export const cms = new OptimoCMS({ apiKey: process.env.OPTIMOCMS_API_KEY! });

export const request = fetch('https://api.optimocms.com/v1/sites', { headers: { 'X-Api-Key': process.env.OPTIMOCMS_API_KEY! } });

// Another vendor's x-api-key is not ours to move.
export const other = fetch('https://api.example.org/v1/items', { headers: { 'x-api-key': 'Vb5Nm7Qw9Er1Ty3Ui5' } });

export const placeholder = new OptimoCMS({ apiKey: 'your-api-key-here' });
