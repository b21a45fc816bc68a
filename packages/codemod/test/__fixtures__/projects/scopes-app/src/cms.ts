import { OptimoCMS } from '@optimocms/sdk';

export const cms = new OptimoCMS({ apiKey: process.env.OPTIMOCMS_LIVE_KEY! });
