import { OptimoCMS } from '@optimocms/sdk';

export const cms = new OptimoCMS({ apiKey: 'optimo_live_Q1w2E3r4T5y6U7i8', timeout: 5000 });
