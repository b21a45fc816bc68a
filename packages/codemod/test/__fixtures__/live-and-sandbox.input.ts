import { OptimoCMS } from '@optimocms/sdk';

const production = process.env.NODE_ENV === 'production';

export const cms = new OptimoCMS({
  apiKey: production ? 'optimo_live_Q1w2E3r4T5y6U7i8' : 'optimo_sandbox_A1s2D3f4G5h6J7k8',
});

export const previewKey = (production ? 'optimo_live_Q1w2E3r4T5y6U7i8' : 'optimo_sandbox_A1s2D3f4G5h6J7k8');
