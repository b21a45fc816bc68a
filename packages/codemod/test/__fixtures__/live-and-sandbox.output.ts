import { OptimoCMS } from '@optimocms/sdk';

const production = process.env.NODE_ENV === 'production';

export const cms = new OptimoCMS({
  apiKey: production ? process.env.OPTIMOCMS_LIVE_KEY! : process.env.OPTIMOCMS_SANDBOX_KEY!,
});

export const previewKey = (production ? process.env.OPTIMOCMS_LIVE_KEY! : process.env.OPTIMOCMS_SANDBOX_KEY!);
