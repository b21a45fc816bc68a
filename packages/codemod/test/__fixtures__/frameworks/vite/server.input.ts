// A Node server beside the SPA: not bundled, so the key moves to process.env.
export const apiKey: string = 'optimo_live_Q1w2E3r4T5y6U7i8';
