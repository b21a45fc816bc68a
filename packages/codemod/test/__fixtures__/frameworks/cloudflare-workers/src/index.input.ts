// A Worker has no process.env: reported with the env binding to use, not rewritten.
export default {
  fetch: () => fetch('https://api.optimocms.com/v1/sites', { headers: { 'X-Api-Key': 'optimo_live_Q1w2E3r4T5y6U7i8' } }),
};
