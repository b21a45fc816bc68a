// Everything under src/ is bundled for the browser: the key is reported, never rewritten.
export const headers = { 'X-Api-Key': 'optimo_live_Q1w2E3r4T5y6U7i8' };
